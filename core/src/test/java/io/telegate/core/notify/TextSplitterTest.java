package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void aTextThatFitsIsOnePartUnchanged() {
        String text = "x".repeat(4096);

        assertThat(TextSplitter.split(text)).containsExactly(text);
    }

    @Test
    void aLongTextIsCutAfterAParagraphBreakWhenOneKeepsThePartAtLeastHalfFull() {
        String first = "a".repeat(3000) + "\n\n";
        String second = "b".repeat(1000) + "\n" + "c".repeat(1000);

        assertThat(TextSplitter.split(first + second)).containsExactly(first, second);
    }

    @Test
    void withoutAUsefulParagraphBreakItIsCutAfterTheLastLineBreak() {
        String text = "p".repeat(100) + "\n\n" + "l".repeat(3500) + "\n" + "r".repeat(1000);

        List<String> parts = TextSplitter.split(text);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).endsWith("l\n").hasSize(100 + 2 + 3500 + 1);
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void withoutLineBreaksItIsCutAfterTheLastSpace() {
        String words = "word ".repeat(1000);

        List<String> parts = TextSplitter.split(words);

        assertThat(parts).allSatisfy(part -> assertThat(part).endsWith("word ").hasSizeLessThanOrEqualTo(4096));
        assertThat(String.join("", parts)).isEqualTo(words);
    }

    @Test
    void aTextWithoutAnyBoundaryIsCutAtTheLimit() {
        String text = "z".repeat(10_000);

        assertThat(TextSplitter.split(text)).extracting(String::length).containsExactly(4096, 4096, 1808);
    }

    @Test
    void aCutNeverFallsBetweenTheTwoHalvesOfASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(4095) + emoji + "tail";

        List<String> parts = TextSplitter.split(text);

        assertThat(parts).containsExactly("a".repeat(4095), emoji + "tail");
        for (String part : parts) {
            assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        }
    }

    @Test
    void aTextOfEmojisIsSplitIntoWholeCodePoints() {
        String text = "\uD83D\uDE80".repeat(5000);

        List<String> parts = TextSplitter.split(text);

        assertThat(parts).allSatisfy(part -> assertThat(part.codePoints().allMatch(cp -> cp == 0x1F680)).isTrue());
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void everyPartFitsAndTheyJoinBackToTheText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(": ").append("lorem ipsum ".repeat(i % 37)).append(i % 5 == 0
                    ? "\n\n" : "\n");
        }

        List<String> parts = TextSplitter.split(text.toString());

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(4096));
        assertThat(String.join("", parts)).isEqualTo(text.toString());
    }

    @Test
    void aPartOfNothingButWhiteSpaceIsDroppedBecauseTelegramRefusesEmptyMessages() {
        String text = "head" + " ".repeat(9000) + "tail";

        List<String> parts = TextSplitter.split(text);

        assertThat(parts).noneMatch(String::isBlank);
        assertThat(String.join("", parts).strip()).startsWith("head").endsWith("tail");
    }

    @Test
    void theLimitMustLeaveRoomForACodePoint() {
        assertThatThrownBy(() -> TextSplitter.split("abc", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
