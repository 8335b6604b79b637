package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.MessageEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TDLib's {@code textEntity} objects as {@link MessageEntity}: the type's name in snake case as the Bot API and
 * seed 002 spell it ({@code textEntityTypeTextUrl} is {@code text_link}). Offsets and lengths are UTF-16 units in
 * TDLib as in Java, so they pass through unchanged.
 */
final class TdEntities {

    private static final String PREFIX = "textEntityType";
    private static final Map<String, String> RENAMED = Map.of(
            "TextUrl", "text_link",
            "MentionName", "text_mention",
            "EmailAddress", "email",
            "PreCode", "pre",
            "BlockQuote", "blockquote",
            "ExpandableBlockQuote", "expandable_blockquote");

    private TdEntities() {
    }

    /** The entities of a {@code formattedText}. */
    static List<MessageEntity> of(JsonNode formattedText) {
        List<MessageEntity> entities = new ArrayList<>();
        for (JsonNode entity : formattedText.path("entities")) {
            entities.add(entity(entity));
        }
        return entities;
    }

    static MessageEntity entity(JsonNode entity) {
        JsonNode type = entity.path("type");
        Optional<String> url = TdObjects.is(type, PREFIX + "TextUrl")
                ? Optional.of(type.path("url").asText()) : Optional.empty();
        return new MessageEntity(name(TdObjects.type(type)), entity.path("offset").asInt(),
                entity.path("length").asInt(), url);
    }

    /** {@code textEntityTypeBotCommand} is {@code bot_command}; unknown future types follow the same rule. */
    static String name(String tdlibType) {
        String stem = tdlibType.startsWith(PREFIX) ? tdlibType.substring(PREFIX.length()) : tdlibType;
        String renamed = RENAMED.get(stem);
        if (renamed != null) {
            return renamed;
        }
        return stem.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
