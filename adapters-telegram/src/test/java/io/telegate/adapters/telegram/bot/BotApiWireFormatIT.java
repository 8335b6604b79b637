package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.adapters.telegram.bot.ScriptedBotApi.Received;
import io.telegate.adapters.telegram.bot.ScriptedBotApi.Reply;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.sandbox.SentBotMessage;
import io.telegate.testkit.telegram.FixtureChat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire: Telegram's method paths and JSON bodies, as a server receives them. */
class BotApiWireFormatIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DATE = 1_748_779_200L;
    private static final List<List<InlineButton>> KEYBOARD = List.of(
            List.of(InlineButton.callback("Ack", "ack:17"), InlineButton.link("Open", "https://example.org/17")),
            List.of(InlineButton.callback("Mute", "mute")));

    private final BotToken token = new BotToken("7000001:WireSecretWireSecretWireSecret123");
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    void aFormattedSilentReplyWithAKeyboardGoesOutAsTelegramsJson() throws Exception {
        ScriptedBotApi telegram = scripted(request -> Reply.json(ScriptedBotApi.sentMessage(-100123, 8, DATE)));

        SentMessage sent = client(telegram.config()).sendMessage(token, new OutgoingMessage("-100123",
                "<b>Disk</b> almost full", Optional.of("HTML"), KEYBOARD, true, OptionalLong.of(7)));

        Received request = telegram.received().getFirst();
        JsonNode body = JSON.readTree(request.body());
        assertThat(request.path()).isEqualTo("/bot" + token.value() + "/sendmessage");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(body.get("chat_id").isTextual()).isTrue();
        assertThat(body.get("chat_id").asText()).isEqualTo("-100123");
        assertThat(body.get("text").asText()).isEqualTo("<b>Disk</b> almost full");
        assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.get("disable_notification").asBoolean()).isTrue();
        assertThat(body.at("/reply_parameters/message_id").asLong()).isEqualTo(7);
        assertThat(body.at("/reply_markup/inline_keyboard/0/0/text").asText()).isEqualTo("Ack");
        assertThat(body.at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("ack:17");
        assertThat(body.at("/reply_markup/inline_keyboard/0/1/url").asText()).isEqualTo("https://example.org/17");
        assertThat(body.at("/reply_markup/inline_keyboard/0/1").has("callback_data")).isFalse();
        assertThat(body.at("/reply_markup/inline_keyboard/1/0/callback_data").asText()).isEqualTo("mute");
        assertThat(sent).isEqualTo(new SentMessage(-100123, 8, Instant.ofEpochSecond(DATE)));
    }

    @Test
    void aPlainMessageToAChannelUsernameSendsNoOptionalFields() throws Exception {
        ScriptedBotApi telegram = scripted(request -> Reply.json(ScriptedBotApi.sentMessage(-100777, 1, DATE)));

        client(telegram.config()).sendMessage(token, OutgoingMessage.plain("@ops_alerts", "plain"));

        JsonNode body = JSON.readTree(telegram.received().getFirst().body());
        assertThat(body.get("chat_id").asText()).isEqualTo("@ops_alerts");
        assertThat(body.get("text").asText()).isEqualTo("plain");
        assertThat(body.has("parse_mode")).isFalse();
        assertThat(body.has("disable_notification")).isFalse();
        assertThat(body.has("reply_markup")).isFalse();
        assertThat(body.has("reply_parameters")).isFalse();
    }

    @Test
    void anEditNamesTheMessageAndAnswersCarryTheToastOnlyWhenGiven() throws Exception {
        ScriptedBotApi telegram = scripted(request -> Reply.json(request.path().endsWith("/editmessagetext")
                ? ScriptedBotApi.sentMessage(-100123, 8, DATE) : "{\"ok\":true,\"result\":true}"));
        BotApiClient client = client(telegram.config());

        SentMessage edited = client.editMessageText(token, -100123, 8, new OutgoingMessage("-100123", "*done*",
                Optional.of("MarkdownV2"), List.of(), false, OptionalLong.empty()));
        client.answerCallbackQuery(token, "4411", "Saved");
        client.answerCallbackQuery(token, "4412", "");

        List<Received> received = telegram.received();
        JsonNode edit = JSON.readTree(received.get(0).body());
        JsonNode toast = JSON.readTree(received.get(1).body());
        JsonNode silentAnswer = JSON.readTree(received.get(2).body());
        assertThat(received.get(0).path()).endsWith("/editmessagetext");
        assertThat(edit.get("chat_id").asText()).isEqualTo("-100123");
        assertThat(edit.get("message_id").asLong()).isEqualTo(8);
        assertThat(edit.get("text").asText()).isEqualTo("*done*");
        assertThat(edit.get("parse_mode").asText()).isEqualTo("MarkdownV2");
        assertThat(edit.has("reply_markup")).isFalse();
        assertThat(edited.messageId()).isEqualTo(8);
        assertThat(received.get(1).path()).endsWith("/answercallbackquery");
        assertThat(toast.get("callback_query_id").asText()).isEqualTo("4411");
        assertThat(toast.get("text").asText()).isEqualTo("Saved");
        assertThat(silentAnswer.get("callback_query_id").asText()).isEqualTo("4412");
        assertThat(silentAnswer.has("text")).isFalse();
    }

    @Test
    void theEmulatorRecordsParseModeKeyboardAndReplyAsSentAndAnswersWithItsDate() {
        SandboxBotApiServer telegram = new SandboxBotApiServer();
        resources.add(telegram);
        BotToken bot = telegram.createBot("wire");
        FixtureChat group = telegram.createChat(ChatKind.SUPERGROUP, false, List.of());
        telegram.addBotToChat(bot, group.id());
        BotApiClient client = client(telegram.config());
        SentMessage first = client.sendMessage(bot, OutgoingMessage.plain(Long.toString(group.id()), "first"));

        SentMessage reply = client.sendMessage(bot, new OutgoingMessage(Long.toString(group.id()),
                "<i>second</i>", Optional.of("HTML"), KEYBOARD, true, OptionalLong.of(first.messageId())));

        SentBotMessage recorded = telegram.sandbox.sentBy(bot).getLast();
        assertThat(recorded.chatId()).isEqualTo(group.id());
        assertThat(recorded.messageId()).isEqualTo(reply.messageId());
        assertThat(recorded.text()).isEqualTo("<i>second</i>");
        assertThat(recorded.parseMode()).contains("HTML");
        assertThat(recorded.keyboard()).isEqualTo(KEYBOARD);
        assertThat(recorded.replyTo()).hasValue(first.messageId());
        assertThat(reply.date()).isEqualTo(telegram.now());
    }

    private ScriptedBotApi scripted(ScriptedBotApi.Script script) throws Exception {
        ScriptedBotApi server = new ScriptedBotApi(script);
        resources.add(server);
        return server;
    }

    private BotApiClient client(BotApiConfig config) {
        OkHttpClient http = BotApiHttpClients.create(config);
        resources.add(() -> BotApiHttpClients.shutdown(http));
        return new BotApiClient(http, config);
    }
}
