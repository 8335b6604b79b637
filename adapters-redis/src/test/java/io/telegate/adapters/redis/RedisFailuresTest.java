package io.telegate.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RedisFailuresTest {

    @Test
    void lostConnectionsAndTimeoutsAreTransient() {
        assertThat(RedisFailures.translate("take command", new RedisConnectionException("Unable to connect")))
                .isInstanceOf(TransientFailure.class).hasMessage("Redis take command failed: RedisConnectionException");
        assertThat(RedisFailures.translate("ping", new RedisCommandTimeoutException("Command timed out")))
                .isInstanceOf(TransientFailure.class);
        assertThat(RedisFailures.translate("ping", new TimeoutException())).isInstanceOf(TransientFailure.class);
        assertThat(RedisFailures.translate("ping", new RedisException("Currently not connected")))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void aServerThatIsLoadingOrOutOfMemoryIsTransient() {
        assertThat(RedisFailures.translate("submit command", new RedisLoadingException("LOADING Redis is loading")))
                .isInstanceOf(TransientFailure.class);
        assertThat(RedisFailures.translate("submit command",
                new RedisCommandExecutionException("OOM command not allowed when used memory > 'maxmemory'")))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void wrongTypesAndScriptErrorsArePermanentAndKeepTheServersWords() {
        assertThat(RedisFailures.translate("submit command", new RedisCommandExecutionException(
                "WRONGTYPE Operation against a key holding the wrong kind of value")))
                .isInstanceOf(PermanentFailure.class)
                .hasMessage("Redis submit command failed: "
                        + "WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThat(RedisFailures.translate("acquire lease", new RedisCommandExecutionException("ERR user_script:3")))
                .isInstanceOf(PermanentFailure.class);
    }

    @Test
    void wrappersOfFuturesAreLookedThrough() {
        RuntimeException wrapped = new CompletionException(new ExecutionException(
                new RedisCommandExecutionException("WRONGTYPE Operation against a key")));

        assertThat(RedisFailures.translate("take command", wrapped)).isInstanceOf(PermanentFailure.class);
    }

    @Test
    void anInterruptedCommandIsTransientAndKeepsTheInterruptFlag() {
        try {
            assertThat(RedisFailures.translate("take command",
                    new RedisCommandInterruptedException(new InterruptedException())))
                    .isInstanceOf(TransientFailure.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void failuresThatAreNotRedisPassUnchanged() {
        IllegalArgumentException ours = new IllegalArgumentException("limit must not be negative");
        TransientFailure already = new TransientFailure("Redis connections are closed");

        assertThat(RedisFailures.translate("list dead letters", ours)).isSameAs(ours);
        assertThat(RedisFailures.translate("take command", already)).isSameAs(already);
    }
}
