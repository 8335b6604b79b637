package io.telegate.adapters.files;

import io.telegate.ports.model.ChatRef;
import java.util.regex.Pattern;

/**
 * The folder and the progress key of one chat, derived from how the caller named it.
 *
 * <ul>
 *   <li>{@code @ru_python}, {@code ru_python}, {@code https://t.me/ru_python}: folder {@code ru_python}, key
 *       {@code @ru_python};</li>
 *   <li>{@code -1001234567890}: folder and key {@code -1001234567890};</li>
 *   <li>{@code https://t.me/+AbC_d-1} or {@code https://t.me/joinchat/AbC_d-1}: folder {@code invite_AbC_d-1},
 *       key {@code https://t.me/+AbC_d-1} (both link forms name one chat, so they share one folder).</li>
 * </ul>
 * Anything else, such as {@code ../x} or an invite hash with characters outside {@code [A-Za-z0-9_-]}, is
 * rejected, so no chat name can reach outside the data directory.
 *
 * @param name        the folder name under the data directory
 * @param progressKey the chat's key in {@code progress.json}
 */
record ChatFolder(String name, String progressKey) {

    private static final Pattern SAFE_INVITE_HASH = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    static ChatFolder of(String chat) {
        ChatRef ref;
        try {
            ref = ChatRef.parse(chat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chat '" + chat + "' cannot name an archive folder: " + e.getMessage(), e);
        }
        return switch (ref) {
            case ChatRef.Username username -> new ChatFolder(username.name(), username.text());
            case ChatRef.NumericId id -> new ChatFolder(id.text(), id.text());
            case ChatRef.InviteLink link -> invite(chat, link.hash());
        };
    }

    private static ChatFolder invite(String chat, String hash) {
        if (!SAFE_INVITE_HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("chat '" + chat
                    + "' cannot name an archive folder: the invite hash must be 1-128 of [A-Za-z0-9_-]");
        }
        return new ChatFolder("invite_" + hash, "https://t.me/+" + hash);
    }
}
