package io.telegate.adapters.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.telegate.ports.model.MessageEntity;
import java.util.Optional;

/** One entity of a day file's message, as in seed 002: {@code url} only when the entity has one. */
@JsonPropertyOrder({"type", "offset", "length", "url"})
record EntityRow(
        @JsonProperty("type") String type,
        @JsonProperty("offset") int offset,
        @JsonProperty("length") int length,
        @JsonProperty("url") @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

    static EntityRow of(MessageEntity entity) {
        return new EntityRow(entity.type(), entity.offset(), entity.length(), entity.url().orElse(null));
    }

    MessageEntity toEntity() {
        if (type == null) {
            throw new IllegalArgumentException("an entity has no type");
        }
        return new MessageEntity(type, offset, length, Optional.ofNullable(url));
    }
}
