package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.fetch.ArchiveHistoryService;
import io.telegate.core.fetch.FetchCommandWorker;
import io.telegate.core.time.Pause;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.MessageArchive;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.UserAccounts;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The fetcher runtime on whatever ports the component binds: the archive service, the command worker and its
 * lifecycle, and the HTTP routes to submit commands. The demo includes it too.
 */
@Module
public interface FetcherModule {

    @Provides
    @Singleton
    static Codec<FetchCommand> fetchCommandCodec(FetchSettings settings) {
        return JsonCodecs.fetchCommands(settings.defaultStrategy());
    }

    @Provides
    @Singleton
    static Codec<FetchEvent> fetchEventCodec() {
        return JsonCodecs.fetchEvents();
    }

    @Provides
    @Singleton
    static ArchiveHistoryService archiveHistoryService(UserAccounts accounts, Provider<SessionDescriptor> session,
                                                       MessageArchive archive, Leases leases, EventPublisher publisher,
                                                       Codec<FetchEvent> codec, FetchSettings settings, Clock clock,
                                                       Metrics metrics) {
        return new ArchiveHistoryService(accounts, session::get, archive, leases, publisher, codec, settings.policy(),
                Pause.sleeping(), clock, settings.workerId(), metrics);
    }

    @Provides
    @Singleton
    static FetchCommandWorker fetchCommandWorker(CommandQueue queue, Codec<FetchCommand> codec,
                                                 ArchiveHistoryService service, Clock clock) {
        return new FetchCommandWorker(queue, codec, service, clock);
    }

    @Provides
    @IntoSet
    static Service fetchWorker(FetchCommandWorker worker, FetchSettings settings) {
        return new FetchWorkerService(worker, settings.pollTimeout());
    }

    @Provides
    @IntoSet
    static HttpRoutes fetchCommandRoutes(CommandQueue queue, Codec<FetchCommand> codec) {
        return new FetchCommandRoutes(queue, codec);
    }
}
