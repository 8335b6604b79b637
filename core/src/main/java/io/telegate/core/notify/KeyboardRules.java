package io.telegate.core.notify;

import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.InlineButton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The Bot API's rules for an inline keyboard: 1 to 8 buttons a row, 100 in all, each with a text and a valid action. */
final class KeyboardRules {

    private static final int MAX_PER_ROW = 8;
    private static final int MAX_BUTTONS = 100;
    private static final int MAX_CALLBACK_BYTES = 64;
    private static final Pattern URL = Pattern.compile("(https?|tg)://[^\\s]+", Pattern.CASE_INSENSITIVE);

    private KeyboardRules() {
    }

    static List<FieldError> errors(List<List<InlineButton>> keyboard) {
        List<FieldError> errors = new ArrayList<>();
        if (keyboard.stream().mapToInt(List::size).sum() > MAX_BUTTONS) {
            errors.add(new FieldError("keyboard", "must hold at most " + MAX_BUTTONS + " buttons"));
        }
        for (int r = 0; r < keyboard.size(); r++) {
            List<InlineButton> row = keyboard.get(r);
            if (row.isEmpty() || row.size() > MAX_PER_ROW) {
                errors.add(new FieldError("keyboard[" + r + "]", "must hold 1 to " + MAX_PER_ROW + " buttons"));
            }
            for (int c = 0; c < row.size(); c++) {
                button(errors, "keyboard[" + r + "][" + c + "]", row.get(c));
            }
        }
        return errors;
    }

    private static void button(List<FieldError> errors, String path, InlineButton button) {
        if (button.text().isBlank()) {
            errors.add(new FieldError(path + ".text", "must not be blank"));
        }
        button.url().filter(url -> !URL.matcher(url).matches()).ifPresent(url ->
                errors.add(new FieldError(path + ".url", "must be an http, https or tg link")));
        button.callbackData().filter(KeyboardRules::badCallback).ifPresent(data ->
                errors.add(new FieldError(path + ".callback_data", "must be 1 to " + MAX_CALLBACK_BYTES + " bytes")));
    }

    private static boolean badCallback(String data) {
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        return bytes < 1 || bytes > MAX_CALLBACK_BYTES;
    }
}
