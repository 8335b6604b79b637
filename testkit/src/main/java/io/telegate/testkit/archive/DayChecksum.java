package io.telegate.testkit.archive;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.TelegramMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The checksum of a day: SHA-256 over a canonical rendering of its messages, one JSON object per line with
 * seed 002's field names in their order, absent values as {@code null}, UTF-8.
 */
final class DayChecksum {

    private DayChecksum() {
    }

    static String of(List<TelegramMessage> messages) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(messages).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static String canonical(List<TelegramMessage> messages) {
        StringBuilder out = new StringBuilder();
        for (TelegramMessage m : messages) {
            out.append("{\"id\":").append(m.id())
                    .append(",\"date\":").append(string(m.date().toString()))
                    .append(",\"from_id\":").append(number(m.fromId()))
                    .append(",\"chat\":").append(string(m.chat()))
                    .append(",\"text\":").append(string(m.text()))
                    .append(",\"reply_to\":").append(number(m.replyTo()))
                    .append(",\"views\":").append(number(m.views()))
                    .append(",\"forwards\":").append(number(m.forwards()))
                    .append(",\"replies_count\":").append(number(m.repliesCount()))
                    .append(",\"entities\":[");
            for (int i = 0; i < m.entities().size(); i++) {
                out.append(i == 0 ? "" : ",").append(entity(m.entities().get(i)));
            }
            out.append("]}\n");
        }
        return out.toString();
    }

    private static String entity(MessageEntity e) {
        return "{\"type\":" + string(e.type()) + ",\"offset\":" + e.offset() + ",\"length\":" + e.length()
                + ",\"url\":" + e.url().map(DayChecksum::string).orElse("null") + "}";
    }

    private static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "null";
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "null";
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
