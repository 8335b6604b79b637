package io.telegate.adapters.telegram.bot;

import io.telegate.ports.model.bot.BotToken;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps bot tokens out of what failures say: the library and OkHttp may quote request URLs, and those carry
 * {@code /bot<token>/}. Texts lose the token; causes are copied with redacted messages and the same stack traces.
 */
final class TokenRedaction {

    private static final Pattern ANY_TOKEN = Pattern.compile("(\\d{1,20}):[A-Za-z0-9_-]{16,}");
    private static final int MAX_CAUSES = 16;

    private TokenRedaction() {
    }

    /** The text without this token's secret nor anything shaped like another token's. */
    static String redact(String text, BotToken token) {
        if (text == null) {
            return "";
        }
        String shown = token.botId() + ":***";
        String withoutOwn = text.replace(token.value(), shown)
                .replace(token.value().replace(":", "%3A"), shown).replace(token.value().replace(":", "%3a"), shown);
        return ANY_TOKEN.matcher(withoutOwn).replaceAll("$1:***");
    }

    /** A copy of the failure and its causes whose messages say no token; null for null. */
    static Throwable redact(Throwable failure, BotToken token) {
        return copy(failure, token, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable failure, BotToken token, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.size() >= MAX_CAUSES || seen.put(failure, Boolean.TRUE) != null) {
            return null;
        }
        String text = failure.getClass().getName() + ": " + redact(failure.getMessage(), token);
        return new RedactedFailure(text, failure.getStackTrace(), copy(failure.getCause(), token, seen));
    }
}
