package io.telegate.core.monitor;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.out.PermanentFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored text of a {@link ChatRecord}: one {@code name=value} per line under a version header; free text
 * (chat names, ids, owners) is base64url so no value can break the format. Sealed sessions are stored as sealed.
 */
final class ChatRecordFormat {

    static final String HEADER = "telegate-monitor-chat/1";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ChatRecordFormat() {
    }

    static String encode(ChatRecord record) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "chat", b64(record.chat()));
        line(text, "owner", b64(record.owner()));
        line(text, "token", Long.toString(record.token()));
        line(text, "revision", Long.toString(record.revision()));
        line(text, "last", Long.toString(record.lastPublishedId()));
        line(text, "sequence", Long.toString(record.sequence()));
        record.sessions().forEach(s -> line(text, "session",
                b64(s.sessionId()) + ":" + b64(s.keyId()) + ":" + s.sealed()));
        record.lost().forEach((id, reason) -> line(text, "lost", b64(id) + ":" + reason.name()));
        return text.toString();
    }

    static ChatRecord decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new PermanentFailure("stored chat record has an unknown format");
        }
        Map<String, String> scalars = new LinkedHashMap<>();
        List<EncryptedSession> sessions = new ArrayList<>();
        Map<String, AccessLossReason> lost = new LinkedHashMap<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String[] nameValue = lines[i].split("=", 2);
                String[] parts = nameValue[1].split(":", 3);
                switch (nameValue[0]) {
                    case "session" -> sessions.add(new EncryptedSession(text(parts[0]), text(parts[1]), parts[2]));
                    case "lost" -> lost.put(text(parts[0]), AccessLossReason.valueOf(parts[1]));
                    default -> scalars.put(nameValue[0], nameValue[1]);
                }
            }
            return new ChatRecord(text(scalars.get("chat")), sessions, lost, text(scalars.get("owner")),
                    number(scalars, "token"), number(scalars, "revision"), number(scalars, "last"),
                    number(scalars, "sequence"));
        } catch (RuntimeException e) {
            throw new PermanentFailure("stored chat record is corrupt: " + e.getClass().getSimpleName());
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value).append('\n');
    }

    private static long number(Map<String, String> scalars, String name) {
        return Long.parseLong(scalars.get(name));
    }

    static String b64(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    static String text(String base64) {
        return new String(DECODER.decode(base64), StandardCharsets.UTF_8);
    }
}
