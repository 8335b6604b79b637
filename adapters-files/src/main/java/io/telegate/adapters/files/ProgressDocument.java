package io.telegate.adapters.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The whole of {@code progress.json}: {@code {"version":1,"days":{"@ru_python":{"2025-11-07":{...}}}}}.
 *
 * @param version the format version, {@value #VERSION}
 * @param days    chat key to ISO date to that day's entry
 */
@JsonPropertyOrder({"version", "days"})
record ProgressDocument(
        @JsonProperty("version") int version,
        @JsonProperty("days") Map<String, Map<String, ProgressEntry>> days) {

    static final int VERSION = 1;
}
