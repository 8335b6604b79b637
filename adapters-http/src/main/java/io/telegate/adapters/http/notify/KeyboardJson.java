package io.telegate.adapters.http.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.bot.InlineButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an inline keyboard: {@code [[{"text": "Open", "url": "https://..."}, {"text": "Ack", "callback_data":
 * "ack:42"}]]}, rows of buttons each with a text and exactly one of {@code url} and {@code callback_data}. The
 * limits (rows, buttons, lengths) are the core's to check.
 */
final class KeyboardJson {

    private KeyboardJson() {
    }

    /** The keyboard, or empty after recording why {@code keyboard} is not one. */
    static Optional<List<List<InlineButton>>> read(JsonFields fields) {
        Optional<JsonNode> node = fields.value("keyboard");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!node.get().isArray()) {
            return fields.invalid("keyboard", "must be an array of rows, each an array of buttons");
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        boolean valid = true;
        for (int r = 0; r < node.get().size(); r++) {
            JsonNode row = node.get().get(r);
            if (!row.isArray()) {
                fields.error("keyboard[" + r + "]", "must be an array of buttons");
                valid = false;
                continue;
            }
            List<InlineButton> buttons = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Optional<InlineButton> button = button(fields, "keyboard[" + r + "][" + c + "]", row.get(c));
                button.ifPresent(buttons::add);
                valid &= button.isPresent();
            }
            rows.add(buttons);
        }
        return valid ? Optional.of(rows) : Optional.empty();
    }

    private static Optional<InlineButton> button(JsonFields fields, String path, JsonNode node) {
        if (!node.isObject()) {
            return fields.invalid(path, "must be an object with text and one of url, callback_data");
        }
        JsonNode text = node.get("text");
        Optional<String> url = textOf(node.get("url"));
        Optional<String> data = textOf(node.get("callback_data"));
        if (text == null || !text.isTextual()) {
            return fields.invalid(path + ".text", "must be a string");
        }
        if (url.isPresent() == data.isPresent()) {
            return fields.invalid(path, "needs exactly one of url and callback_data, as a string");
        }
        return Optional.of(new InlineButton(text.asText(), url, data));
    }

    private static Optional<String> textOf(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
