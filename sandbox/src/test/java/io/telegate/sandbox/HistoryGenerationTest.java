package io.telegate.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.AccountSession;
import io.telegate.testkit.time.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGenerationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T00:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);

    @Test
    void aMillionMessagesAreGeneratedInIdAndDateOrderInsideTheRange() {
        sandbox.createChat("big_chat", "Big", ChatKind.SUPERGROUP);

        long generated = sandbox.generateHistory("@big_chat", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31"), 1_000_000, 11);

        assertThat(generated).isEqualTo(1_000_000);
        List<TelegramMessage> newest = sandbox.messages("@big_chat", 1000, 0);
        assertThat(newest.getFirst().id()).isEqualTo(1_000_000);
        assertThat(newest.getFirst().date()).isBefore(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(sandbox.messages("@big_chat", 1, 2).getFirst().date())
                .isAfterOrEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        long previousId = Long.MAX_VALUE;
        Instant previousDate = Instant.MAX;
        for (long before = 1_000_001; previousId > 1; before = Math.max(4, before - 997)) {
            for (TelegramMessage message : sandbox.messages("@big_chat", 3, before)) {
                assertThat(message.id()).isLessThan(previousId);
                assertThat(message.date()).isBeforeOrEqualTo(previousDate);
                previousId = message.id();
                previousDate = message.date();
            }
        }
        assertThat(previousId).isEqualTo(1);
    }

    @Test
    void aDateWindowOfAGeneratedHistoryIsFoundExactly() {
        sandbox.createChat("window_chat", "Window", ChatKind.CHANNEL);
        sandbox.generateHistory("@window_chat", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-10"),
                100_000, 3);
        Instant from = Instant.parse("2025-01-04T00:00:00Z");
        Instant until = Instant.parse("2025-01-05T00:00:00Z");

        HistoryPage newest = page("@window_chat", new HistoryQuery(from, until, 0, 0, 100));

        assertThat(newest.messages()).allSatisfy(m -> assertThat(m.date()).isAfterOrEqualTo(from).isBefore(until));
        long nextId = newest.messages().getFirst().id() + 1;
        assertThat(sandbox.messages("@window_chat", 1, nextId + 1).getFirst().date()).isAfterOrEqualTo(until);
        assertThat(newest.messages().getFirst().views()).isPresent();
        assertThat(newest.hasMore()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameMessages() {
        sandbox.createChat("first_copy", "One", ChatKind.SUPERGROUP);
        sandbox.createChat("second_copy", "Two", ChatKind.SUPERGROUP);

        sandbox.generateHistory("@first_copy", LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-02"), 500, 99);
        sandbox.generateHistory("@second_copy", LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-02"), 500, 99);

        List<TelegramMessage> one = sandbox.messages("@first_copy", 500, 0);
        List<TelegramMessage> two = sandbox.messages("@second_copy", 500, 0);
        assertThat(one).extracting(TelegramMessage::text).containsExactlyElementsOf(
                two.stream().map(TelegramMessage::text).toList());
        assertThat(one).extracting(TelegramMessage::date).containsExactlyElementsOf(
                two.stream().map(TelegramMessage::date).toList());
        assertThat(one).anySatisfy(m -> assertThat(m.replyTo()).isPresent());
        assertThat(one).anySatisfy(m -> assertThat(m.entity("url")).isPresent());
    }

    @Test
    void generatedHistoryNeverReachesPastNow() {
        sandbox.createChat("today_chat", "Today", ChatKind.SUPERGROUP);

        sandbox.generateHistory("@today_chat", LocalDate.parse("2025-02-27"), LocalDate.parse("2025-03-05"), 1000, 5);

        assertThat(sandbox.messages("@today_chat", 1, 0).getFirst().date()).isBeforeOrEqualTo(clock.instant());
    }

    @Test
    void anEmptyOrFutureRangeIsRejected() {
        sandbox.createChat("future_chat", "Future", ChatKind.SUPERGROUP);

        assertThatThrownBy(() -> sandbox.generateHistory("@future_chat", LocalDate.parse("2025-04-01"),
                LocalDate.parse("2025-04-02"), 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.generateHistory("@future_chat", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-02"), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private HistoryPage page(String chat, HistoryQuery query) {
        long user = sandbox.createUser("Reader", null, null).id();
        try (AccountSession session = sandbox.userAccounts().connect(sandbox.createSession(user))) {
            return session.history(session.resolve(ChatRef.parse(chat)), query);
        }
    }
}
