package io.telegate.adapters.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.PermanentFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and atomically writes one day file: JSONL, one message per line in seed 002's message JSON. */
final class DayFile {

    private DayFile() {
    }

    /** The file's messages in file order and its checksum; {@link DayContent#MISSING} when there is no file. */
    static DayContent read(Path file, String dayChat) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return DayContent.MISSING;
        }
        return new DayContent(parse(file, bytes, dayChat), Checksums.of(bytes), true);
    }

    /** Replaces the file with {@code messages}, one line each; returns the checksum of the new file's bytes. */
    static String write(Path file, List<TelegramMessage> messages) throws IOException {
        AtomicFiles.createDirectories(file.getParent());
        return AtomicFiles.replace(file, out -> {
            try (JsonGenerator json = ArchiveJson.MAPPER.createGenerator(out)) {
                json.setRootValueSeparator(null);
                for (TelegramMessage message : messages) {
                    ArchiveJson.MESSAGE_WRITER.writeValue(json, MessageRow.of(message));
                    json.writeRaw('\n');
                }
            }
        }, true);
    }

    private static List<TelegramMessage> parse(Path file, byte[] bytes, String dayChat) {
        List<TelegramMessage> messages = new ArrayList<>();
        try (MappingIterator<MessageRow> rows = ArchiveJson.MESSAGE_READER.readValues(bytes)) {
            while (rows.hasNextValue()) {
                MessageRow row = rows.nextValue();
                try {
                    messages.add(row.toMessage(dayChat));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw corrupt(file, rows.getCurrentLocation().getLineNr(), e);
                }
            }
        } catch (JsonProcessingException e) {
            throw corrupt(file, e.getLocation() == null ? -1 : e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw corrupt(file, -1, e);
        }
        return messages;
    }

    private static PermanentFailure corrupt(Path file, int line, Exception cause) {
        return new PermanentFailure("archive day file " + file + " is not valid JSONL near line " + line
                + " (" + cause.getMessage() + "); fix or move it aside and fetch the day again", cause);
    }
}
