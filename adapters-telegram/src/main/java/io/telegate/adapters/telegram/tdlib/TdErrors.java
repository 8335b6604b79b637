package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TelegateException;
import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates TDLib's errors into the ports' failures; the only place that knows Telegram's error strings. */
final class TdErrors {

    private static final Pattern WAIT = Pattern.compile(
            "^(?:FLOOD_WAIT_|FLOOD_PREMIUM_WAIT_|SLOWMODE_WAIT_)(\\d+)|retry after (\\d+)");

    private static final Map<String, AccessLossReason> ACCESS_LOST = Map.ofEntries(
            Map.entry("AUTH_KEY_UNREGISTERED", AccessLossReason.AUTH_KEY_UNREGISTERED),
            Map.entry("AUTH_KEY_INVALID", AccessLossReason.AUTH_KEY_UNREGISTERED),
            Map.entry("Unauthorized", AccessLossReason.AUTH_KEY_UNREGISTERED),
            Map.entry("SESSION_REVOKED", AccessLossReason.SESSION_REVOKED),
            Map.entry("SESSION_EXPIRED", AccessLossReason.SESSION_REVOKED),
            Map.entry("USER_DEACTIVATED", AccessLossReason.USER_DEACTIVATED),
            Map.entry("USER_DEACTIVATED_BAN", AccessLossReason.USER_BANNED),
            Map.entry("AUTH_KEY_DUPLICATED", AccessLossReason.AUTH_KEY_DUPLICATED),
            Map.entry("CHANNEL_PRIVATE", AccessLossReason.CHANNEL_PRIVATE),
            Map.entry("CHAT_FORBIDDEN", AccessLossReason.CHANNEL_PRIVATE),
            Map.entry("CHANNEL_PUBLIC_GROUP_NA", AccessLossReason.CHANNEL_PRIVATE),
            Map.entry("Can't access the chat", AccessLossReason.CHANNEL_PRIVATE),
            Map.entry("USER_BANNED_IN_CHANNEL", AccessLossReason.BANNED_IN_CHAT));

    private static final Set<String> CHAT_UNAVAILABLE = Set.of(
            "USERNAME_NOT_OCCUPIED", "USERNAME_INVALID", "Chat not found", "CHANNEL_INVALID", "CHAT_ID_INVALID",
            "PEER_ID_INVALID", "INVITE_HASH_EXPIRED", "INVITE_HASH_INVALID", "INVITE_HASH_EMPTY",
            "Wrong invite link", "Invalid chat identifier specified");

    private TdErrors() {
    }

    /** The failure a port reports for this error of a request about {@code subject} (a chat's text, or a method). */
    static TelegateException translate(TdError error, String subject) {
        Optional<Duration> wait = floodWait(error);
        if (wait.isPresent()) {
            return new FloodWaitException(wait.get());
        }
        Optional<AccessLossReason> lost = accessLoss(error);
        if (lost.isPresent()) {
            return new AccessLostException(lost.get(), subject);
        }
        if (CHAT_UNAVAILABLE.stream().anyMatch(error::named) || error.code() == 404) {
            return new ChatUnavailableException(subject, error.message());
        }
        if (error.code() >= 500 || error.code() == 420) {
            return new TransientFailure("TDLib error " + error + " (" + subject + ")");
        }
        return new PermanentFailure("TDLib error " + error + " (" + subject + ")");
    }

    /** The wait Telegram asks for: {@code FLOOD_WAIT_X} and its kin, or TDLib's {@code 429 ... retry after X}. */
    static Optional<Duration> floodWait(TdError error) {
        Matcher matcher = WAIT.matcher(error.message());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String seconds = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Optional.of(Duration.ofSeconds(Long.parseLong(seconds)));
    }

    /** The access lost, when the error says the session or the chat can no longer be used. */
    static Optional<AccessLossReason> accessLoss(TdError error) {
        return ACCESS_LOST.entrySet().stream()
                .filter(entry -> error.named(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> error.code() == 401 ? Optional.of(AccessLossReason.AUTH_KEY_UNREGISTERED) : Optional.empty());
    }
}
