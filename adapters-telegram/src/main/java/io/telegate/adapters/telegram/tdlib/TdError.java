package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An {@code error} object TDLib answered with: its code (Telegram's, or TDLib's own such as 400 and 500) and its
 * message ({@code FLOOD_WAIT_17}, {@code Too Many Requests: retry after 17}, {@code CHANNEL_PRIVATE}, ...).
 */
record TdError(int code, String message) {

    static final String TYPE = "error";

    static TdError of(JsonNode error) {
        return new TdError(error.path("code").asInt(), error.path("message").asText(""));
    }

    /** True when the message is this Telegram error name, or starts with it followed by a detail. */
    boolean named(String name) {
        return message.equals(name) || message.startsWith(name + ":") || message.startsWith(name + " ");
    }

    @Override
    public String toString() {
        return code + " " + message;
    }
}
