package io.telegate.ports.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A formatting entity of a message text; offsets and lengths count UTF-16 code units, like Java strings.
 *
 * @param type   Telegram's entity type in snake case ({@code url}, {@code bold}, {@code text_link}, {@code mention}, ...)
 * @param offset start in UTF-16 units
 * @param length length in UTF-16 units
 * @param url    the target of a {@code text_link}, else empty
 */
public record MessageEntity(String type, int offset, int length, Optional<String> url) {

    public MessageEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("entity offset and length must not be negative");
        }
    }

    public MessageEntity(String type, int offset, int length) {
        this(type, offset, length, Optional.empty());
    }
}
