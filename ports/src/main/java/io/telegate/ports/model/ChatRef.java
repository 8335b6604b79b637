package io.telegate.ports.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a caller names a Telegram chat: a public {@code @username}, a numeric id, or an invite link.
 *
 * <p>{@link #parse(String)} accepts the forms users type ({@code @ru_python}, {@code ru_python},
 * {@code -1001234567890}, {@code https://t.me/+AbC}, {@code t.me/joinchat/AbC}, {@code https://t.me/ru_python})
 * and {@link #text()} gives back the canonical form used in file paths, logs and wire messages.
 */
public sealed interface ChatRef permits ChatRef.Username, ChatRef.NumericId, ChatRef.InviteLink {

    /** The canonical text of this reference: {@code @name}, the decimal id, or the full invite URL. */
    String text();

    /** Parses a user-supplied chat reference; throws {@link IllegalArgumentException} naming what is wrong. */
    static ChatRef parse(String raw) {
        Objects.requireNonNull(raw, "chat reference");
        String value = raw.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("chat reference is empty");
        }
        if (NumericId.PATTERN.matcher(value).matches()) {
            return new NumericId(Long.parseLong(value));
        }
        String link = value.replaceFirst("^(https?://)?(www\\.)?(t\\.me|telegram\\.me)/", "");
        if (!link.equals(value) || value.startsWith("tg://")) {
            if (link.startsWith("+") || link.startsWith("joinchat/") || value.startsWith("tg://join")) {
                return new InviteLink(value.startsWith("http") || value.startsWith("tg://") ? value : "https://" + value);
            }
            return new Username(link.replaceFirst("/.*$", ""));
        }
        return new Username(value.startsWith("@") ? value.substring(1) : value);
    }

    /** A public username, stored without the leading {@code @}. */
    record Username(String name) implements ChatRef {
        private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");

        public Username {
            Objects.requireNonNull(name, "username");
            if (!VALID.matcher(name).matches()) {
                throw new IllegalArgumentException("not a valid Telegram username: '" + name
                        + "' (5-32 characters: letters, digits, underscore; starts with a letter)");
            }
        }

        @Override
        public String text() {
            return "@" + name;
        }
    }

    /** A numeric chat id: positive for users, negative for groups, {@code -100...} for channels and supergroups. */
    record NumericId(long id) implements ChatRef {
        static final Pattern PATTERN = Pattern.compile("-?\\d{1,19}");

        public NumericId {
            if (id == 0) {
                throw new IllegalArgumentException("chat id 0 is not a Telegram chat");
            }
        }

        @Override
        public String text() {
            return Long.toString(id);
        }
    }

    /** An invite link ({@code https://t.me/+hash} or {@code https://t.me/joinchat/hash}). */
    record InviteLink(String url) implements ChatRef {
        public InviteLink {
            Objects.requireNonNull(url, "invite link");
            if (url.isBlank()) {
                throw new IllegalArgumentException("invite link is empty");
            }
        }

        /** The invite hash: the part after {@code +} or {@code joinchat/}. */
        public String hash() {
            return url.replaceFirst("^.*(/\\+|/joinchat/|invite=)", "");
        }

        @Override
        public String text() {
            return url;
        }
    }
}
