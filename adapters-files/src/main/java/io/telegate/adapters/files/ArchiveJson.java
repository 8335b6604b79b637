package io.telegate.adapters.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration of the archive's files, shared because building readers and writers is costly. */
final class ArchiveJson {

    /**
     * Streams are opened and closed by the archive; a whole day is flushed once, not once per message; text is
     * plain UTF-8, emoji included (as Python's {@code json.dumps(..., ensure_ascii=False)} writes it).
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    static final ObjectWriter MESSAGE_WRITER = MAPPER.writerFor(MessageRow.class);
    static final ObjectReader MESSAGE_READER = MAPPER.readerFor(MessageRow.class);
    static final ObjectWriter PROGRESS_WRITER = MAPPER.writerFor(ProgressDocument.class);
    static final ObjectReader PROGRESS_READER = MAPPER.readerFor(ProgressDocument.class);

    private ArchiveJson() {
    }
}
