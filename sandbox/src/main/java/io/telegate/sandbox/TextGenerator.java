package io.telegate.sandbox;

import java.util.SplittableRandom;

/**
 * Makes the text of a synthetic message from a 64-bit key, the same text for the same key every time, so generated
 * history stores only the key. Lengths follow chat habits: mostly short lines, some paragraphs, a few long posts.
 */
final class TextGenerator {

    private static final String[] WORDS = ("привет всем кто знает как это сделать в питоне спасибо помогло "
            + "вопрос по асинхронности а если через очередь сервер падает после обновления логи смотрели "
            + "да нет может быть уже пробовал работает не работает ссылка документация версия релиз "
            + "hello everyone does anyone know how to fix this thanks it works now the build fails again "
            + "release notes are out check the docs please try with the latest version what about tests "
            + "deploy rollback database migration timeout queue worker cache redis postgres kafka docker "
            + "python java kotlin rust go bot channel chat message update webhook token session api").split(" ");
    private static final String[] ENDINGS = {".", ".", "?", "!", "", ")", "..."};

    private TextGenerator() {
    }

    static String text(long key) {
        SplittableRandom random = new SplittableRandom(key);
        int roll = random.nextInt(100);
        int words = roll < 55 ? 1 + random.nextInt(8) : roll < 90 ? 9 + random.nextInt(30) : 40 + random.nextInt(140);
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            appendWord(text, random, i == 0);
        }
        return text.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
    }

    private static void appendWord(StringBuilder text, SplittableRandom random, boolean first) {
        int kind = random.nextInt(200);
        if (kind < 5) {
            text.append("https://example.org/").append(WORDS[random.nextInt(WORDS.length)]).append('/')
                    .append(random.nextInt(100_000));
        } else if (kind < 8) {
            text.append("@user").append(10_000 + random.nextInt(90_000));
        } else if (kind < 10) {
            text.append('#').append(WORDS[random.nextInt(WORDS.length)]);
        } else {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(first ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
    }
}
