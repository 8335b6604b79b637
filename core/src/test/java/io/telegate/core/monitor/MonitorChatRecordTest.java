package io.telegate.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.EncryptedSession;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.testkit.state.InMemoryStateStore;
import io.telegate.testkit.time.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The persisted form of a monitored chat ({@link ChatRecordFormat}) and its store ({@link ChatRecords}). */
class MonitorChatRecordTest {

    private final ChatRecord record = new ChatRecord("https://t.me/+Ab:C|d\n=x",
            List.of(new EncryptedSession("s:1", "k1", "AAAA"), new EncryptedSession("s 2", "k2", "BBBB")),
            Map.of("s 2", AccessLossReason.KICKED), "monitor=a", 7, 3, 120, 17);
    private final ChatRecords records = new ChatRecords(new InMemoryStateStore(new MutableClock()));

    @Test
    void aRecordSurvivesTheRoundTripWhateverItsTextHolds() {
        assertThat(ChatRecordFormat.decode(ChatRecordFormat.encode(record))).isEqualTo(record);
    }

    @Test
    void aCorruptRecordIsAPermanentFailureThatQuotesNothing() {
        assertThatThrownBy(() -> ChatRecordFormat.decode("telegate-monitor-chat/1\nchat=%%%secret"))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ChatRecordFormat.decode("{\"json\":true}")).isInstanceOf(PermanentFailure.class);
    }

    @Test
    void aRecordIsReplacedOnlyOverWhatTheWriterLastRead() {
        ChatRecords.Stored created = records.create(record).orElseThrow();
        assertThat(records.create(record)).isEmpty();

        ChatRecords.Stored advanced = records.replace(created, record.withProgress(121, 18)).orElseThrow();

        assertThat(records.replace(created, record.withProgress(130, 19))).isEmpty();
        assertThat(records.load(record.chat())).get().extracting(ChatRecords.Stored::record)
                .isEqualTo(advanced.record());
    }

    @Test
    void theIndexListsEachChatOnceAndForgetsDeletedOnes() {
        records.index("@one");
        records.index("-100200");
        records.index("@one");
        records.create(record);
        records.index(record.chat());

        assertThat(records.indexed()).containsExactly("@one", "-100200", record.chat());
        records.delete(record.chat());
        records.delete("@one");
        assertThat(records.indexed()).containsExactly("-100200");
        assertThat(records.load(record.chat())).isEqualTo(Optional.empty());
    }
}
