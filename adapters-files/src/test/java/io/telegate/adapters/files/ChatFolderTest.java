package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatFolderTest {

    @ParameterizedTest
    @CsvSource({
            "@ru_python, ru_python, @ru_python",
            "ru_python, ru_python, @ru_python",
            "https://t.me/ru_python, ru_python, @ru_python",
            "-1001234567890, -1001234567890, -1001234567890",
            "4567890, 4567890, 4567890",
            "https://t.me/+AbC_d-1, invite_AbC_d-1, https://t.me/+AbC_d-1",
            "t.me/joinchat/AbC_d-1, invite_AbC_d-1, https://t.me/+AbC_d-1",
    })
    void eachFormOfAChatNameMapsToItsFolderAndProgressKey(String chat, String folder, String key) {
        assertThat(ChatFolder.of(chat)).isEqualTo(new ChatFolder(folder, key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", ".", "@../x", "a/b", "ru_python/../../etc", "/etc/passwd", "C:\\x", "",
            "https://t.me/+abc/../../x", "https://t.me/joinchat/", "@ru python", "ru_python\u0000"})
    void namesThatAreNoTelegramChatOrCouldLeaveTheDataDirectoryAreRejected(String chat) {
        assertThatThrownBy(() -> ChatFolder.of(chat)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "@ru_python, 2025-11-07, ru_python/2025/discussions_2025-11-07.json",
            "-1001234567890, 2024-02-29, -1001234567890/2024/discussions_2024-02-29.json",
            "https://t.me/+AbC, 0999-01-02, invite_AbC/0999/discussions_0999-01-02.json",
    })
    void dayFilesLiveInTheChatsYearFolder(String chat, LocalDate date, String relative) {
        Path data = Path.of("/srv/telegate/data");

        assertThat(new ArchiveLayout(data).dayFile(ChatFolder.of(chat), date)).isEqualTo(data.resolve(relative));
    }
}
