package io.telegate.adapters.telegram.bot;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.BotApiException;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Builds telegrambots-client's method objects from the port's values; the library writes them as JSON bodies. */
final class BotApiRequests {

    private BotApiRequests() {
    }

    static SendMessage send(OutgoingMessage message) {
        SendMessage send = SendMessage.builder().chatId(message.chatId()).text(message.text()).build();
        message.parseMode().ifPresent(send::setParseMode);
        if (!message.keyboard().isEmpty()) {
            send.setReplyMarkup(keyboard(message.keyboard()));
        }
        if (message.silent()) {
            send.setDisableNotification(true);
        }
        message.replyTo().ifPresent(replyTo -> send.setReplyParameters(
                ReplyParameters.builder().messageId(messageId(replyTo)).build()));
        return send;
    }

    /** An edit without keyboard removes the keyboard the message had, as Telegram does. */
    static EditMessageText edit(long chatId, long messageId, OutgoingMessage replacement) {
        EditMessageText edit = EditMessageText.builder().chatId(Long.toString(chatId))
                .messageId(messageId(messageId)).text(replacement.text()).build();
        replacement.parseMode().ifPresent(edit::setParseMode);
        if (!replacement.keyboard().isEmpty()) {
            edit.setReplyMarkup(keyboard(replacement.keyboard()));
        }
        return edit;
    }

    static AnswerCallbackQuery answer(String callbackQueryId, String text) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build();
        if (text != null && !text.isEmpty()) {
            answer.setText(text);
        }
        return answer;
    }

    private static InlineKeyboardMarkup keyboard(List<List<InlineButton>> rows) {
        return new InlineKeyboardMarkup(rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(BotApiRequests::button).toList())).toList());
    }

    private static InlineKeyboardButton button(InlineButton button) {
        InlineKeyboardButton wire = new InlineKeyboardButton(button.text());
        button.url().ifPresent(wire::setUrl);
        button.callbackData().ifPresent(wire::setCallbackData);
        return wire;
    }

    // The Bot API's message ids are 32-bit; a larger one cannot name a message, so it is refused here.
    private static int messageId(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            throw new BotApiException(new BotApiError.BadRequest(
                    "Bad Request: message id " + id + " is outside the Bot API's range (refused before sending)"));
        }
        return (int) id;
    }
}
