package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synchronous calls into the real libtdjson: they need no client and no network. */
class TdNativeJsonTest {

    private final NativeTdJson td = TdNativeLibrary.load();

    @Test
    void getTextEntitiesFindsMentionsHashtagsAndUrlsInNonAsciiTextWithUtf16Offsets() {
        String text = "Привет 👋 @telegate_news про #релиз: https://example.org/путь";

        JsonNode answer = execute(TdObjects.request("getTextEntities").put("text", text));

        assertThat(TdObjects.type(answer)).isEqualTo("textEntities");
        assertThat(answer.path("entities")).extracting(this::covered)
                .containsExactly("textEntityTypeMention @telegate_news", "textEntityTypeHashtag #релиз",
                        "textEntityTypeUrl https://example.org/путь");
    }

    @Test
    void parseTextEntitiesKeepsCyrillicAndEmojiIntactThroughTheUtf8Boundary() {
        ObjectNode request = TdObjects.request("parseTextEntities").put("text", "Жирный *текст* 🚀 и [ссылка](https://t.me/telegate)");
        request.set("parse_mode", TdObjects.object("textParseModeMarkdown").put("version", 1));

        JsonNode answer = execute(request);

        assertThat(answer.path("text").asText()).isEqualTo("Жирный текст 🚀 и ссылка");
        JsonNode bold = answer.path("entities").get(0);
        JsonNode link = answer.path("entities").get(1);
        assertThat(bold.path("type").path("@type").asText()).isEqualTo("textEntityTypeBold");
        assertThat(bold.path("offset").asInt()).isEqualTo("Жирный ".length());
        assertThat(link.path("type").path("url").asText()).isEqualTo("https://t.me/telegate");
        assertThat(link.path("offset").asInt()).isEqualTo("Жирный текст 🚀 и ".length()).isEqualTo(18);
        assertThat(link.path("length").asInt()).isEqualTo("ссылка".length());
    }

    @Test
    void anInvalidSynchronousRequestAnswersWithATdlibError() {
        JsonNode answer = execute(TdObjects.request("parseTextEntities").put("text", "*unclosed"));

        assertThat(TdObjects.type(answer)).isEqualTo("error");
        assertThat(answer.path("code").asInt()).isEqualTo(400);
    }

    @Test
    void tdlibsLogReachesTheLogSinkDecodedAsUtf8AndNotAboveTheConfiguredVerbosity() {
        execute(TdObjects.request("addLogMessage").put("verbosity_level", 1).put("text", "Ошибка 🚨 в TDLib"));
        execute(TdObjects.request("addLogMessage").put("verbosity_level", 4).put("text", "debug line not wanted"));

        assertThat(TdNativeLibrary.LOGGED).anySatisfy(line -> assertThat(line).startsWith("1 ")
                .contains("Ошибка 🚨 в TDLib"));
        assertThat(TdNativeLibrary.LOGGED).noneSatisfy(line -> assertThat(line).contains("debug line not wanted"));
    }

    @Test
    void loadingTheSameLibraryAgainReturnsTheOneBindingOfTheProcess() {
        assertThat(TdNativeLibrary.load()).isSameAs(td);
    }

    @Test
    void aMissingLibraryFailsWithOneLineSayingWhatToDo(@TempDir Path empty) {
        assertThatThrownBy(() -> NativeTdJson.load(Optional.of(empty.resolve("nowhere/libtdjson.so")), 1, (l, m) -> { }))
                .isInstanceOf(TdlibUnavailableException.class)
                .hasMessageContaining("TDLIB_PATH=" + empty.resolve("nowhere/libtdjson.so"))
                .hasMessageContaining("scripts/fetch-tdlib.sh")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDirectoryAsTdlibPathIsSearchedForLibtdjson() {
        Path directory = TdNativeLibrary.path().getParent();

        assertThat(TdLibraryLocator.locate(Optional.of(directory))).isEqualTo(TdNativeLibrary.path().toAbsolutePath().toString());
    }

    private JsonNode execute(ObjectNode request) {
        return TdObjects.parse(td.execute(TdObjects.write(request)));
    }

    private String covered(JsonNode entity) {
        return entity.path("type").path("@type").asText() + " "
                + textOf(entity.path("offset").asInt(), entity.path("length").asInt());
    }

    private static String textOf(int offset, int length) {
        String text = "Привет 👋 @telegate_news про #релиз: https://example.org/путь";
        return text.substring(offset, offset + length);
    }
}
