package io.telegate.ports.model.bot;

import java.util.Objects;
import java.util.Optional;

/**
 * A button of an inline keyboard: opens a URL or sends callback data back to the bot (exactly one of them).
 */
public record InlineButton(String text, Optional<String> url, Optional<String> callbackData) {

    public InlineButton {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(callbackData, "callback_data");
        if (url.isPresent() == callbackData.isPresent()) {
            throw new IllegalArgumentException("an inline button has exactly one of url and callback_data");
        }
    }

    public static InlineButton callback(String text, String data) {
        return new InlineButton(text, Optional.empty(), Optional.of(data));
    }

    public static InlineButton link(String text, String url) {
        return new InlineButton(text, Optional.of(url), Optional.empty());
    }
}
