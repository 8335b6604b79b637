package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.out.TransientFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The receive loop: answers matched through {@code @extra}, updates routed by {@code @client_id}, timeouts. */
class TdDispatcherTest {

    private final FakeTdJson td = new FakeTdJson();
    private final TdDispatcher dispatcher = TdDispatcher.of(td, Duration.ofMillis(20));

    @Test
    void answersFindTheirRequestsAndUpdatesTheirClient() {
        td.on("getMe", (client, request) -> Fixtures.load("user-me.json").put("id", client));
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        TdClient one = TdClient.open(dispatcher, Duration.ofSeconds(5), u -> first.add(TdObjects.type(u)));
        TdClient two = TdClient.open(dispatcher, Duration.ofSeconds(5), u -> second.add(TdObjects.type(u)));

        long meOfTwo = two.call(TdObjects.request("getMe"), "me").path("id").asLong();
        long meOfOne = one.call(TdObjects.request("getMe"), "me").path("id").asLong();
        td.emit(two.id(), TdObjects.object("updateOption").put("name", "my_id"));

        assertThat(meOfOne).isEqualTo(one.id());
        assertThat(meOfTwo).isEqualTo(two.id());
        Eventually.holds(() -> second.contains("updateOption"), Duration.ofSeconds(5));
        assertThat(first).doesNotContain("updateOption");
        assertThat(td.sent()).allSatisfy(sent -> assertThat(sent.request().path("@extra").asText()).isNotBlank());
        one.close();
        two.close();
    }

    @Test
    void aRequestLeftUnansweredFailsAsTransientAfterItsTimeoutAndTheLoopEndsWithTheLastClient() {
        td.on("getChat", (client, request) -> {
            request.remove(TdObjects.EXTRA);
            return TdObjects.object("chat");
        });
        TdClient client = TdClient.open(dispatcher, Duration.ofMillis(200), update -> { });

        assertThatThrownBy(() -> client.call(TdObjects.request("getChat"), "chat"))
                .isInstanceOf(TransientFailure.class).hasMessage("TDLib did not answer getChat within 200 ms");
        assertThat(dispatcher.receiving()).isTrue();
        client.close();

        Eventually.holds(() -> !dispatcher.receiving(), Duration.ofSeconds(5));
    }
}
