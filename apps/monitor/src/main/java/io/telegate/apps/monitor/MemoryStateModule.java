package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.StateStore;
import io.telegate.testkit.state.InMemoryLeases;
import io.telegate.testkit.state.InMemoryStateStore;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Monitored chats and leases in this process's memory: one monitor instance, nothing survives a restart. */
@Module
public interface MemoryStateModule {

    @Provides
    @Singleton
    static StateStore stateStore(Clock clock) {
        return new InMemoryStateStore(clock);
    }

    @Provides
    @Singleton
    static Leases leases(Clock clock) {
        return new InMemoryLeases(clock);
    }
}
