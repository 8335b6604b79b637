package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A channel's history served the way TDLib serves it: {@code getChatHistory} returns messages older than
 * {@code from_message_id} (0: from the newest), newest first, and never more than a few at a time (TDLib may
 * answer fewer than asked); {@code getChatMessageByDate} returns the last message sent no later than the date, or
 * error 404. Messages are built from the channel-post fixture.
 */
final class FakeChannelHistory {

    /** TDLib answers at most this many per call here, to prove the adapter asks again. */
    static final int BATCH = 7;

    private final long chatId;
    private final List<ObjectNode> messages = new ArrayList<>();

    FakeChannelHistory(long chatId) {
        this.chatId = chatId;
    }

    /** Adds {@code count} posts with ids {@code firstId, firstId + 1, ...}, one every {@code stepSeconds}. */
    FakeChannelHistory posts(long firstId, int count, Instant firstDate, long stepSeconds) {
        for (int i = 0; i < count; i++) {
            messages.add(post(chatId, firstId + i, firstDate.plusSeconds(i * stepSeconds), "post " + (firstId + i)));
        }
        messages.sort(Comparator.comparingLong((ObjectNode m) -> m.path("id").asLong()).reversed());
        return this;
    }

    void install(FakeTdJson td) {
        td.on("getChatHistory", (client, request) -> history(request));
        td.on("getChatMessageByDate", (client, request) -> byDate(request.path("date").asLong()));
    }

    static ObjectNode post(long chatId, long id, Instant date, String text) {
        ObjectNode message = ((ObjectNode) Fixtures.load("update-new-message-channel-post.json").path("message"))
                .put("id", TdMessageIds.toTdlib(id)).put("chat_id", chatId).put("date", date.getEpochSecond());
        ObjectNode formatted = (ObjectNode) message.path("content").path("text");
        formatted.put("text", text).putArray("entities");
        return message;
    }

    private ObjectNode history(ObjectNode request) {
        long from = request.path("from_message_id").asLong();
        int limit = Math.min(BATCH, request.path("limit").asInt());
        ObjectNode answer = TdObjects.object("messages");
        ArrayNode list = answer.putArray("messages");
        messages.stream().filter(m -> from == 0 || m.path("id").asLong() < from).limit(limit).forEach(list::add);
        return answer.put("total_count", list.size());
    }

    private ObjectNode byDate(long date) {
        return messages.stream().filter(m -> m.path("date").asLong() <= date).findFirst()
                .map(ObjectNode::deepCopy).orElseGet(() -> FakeTdJson.error(404, "Not Found"));
    }
}
