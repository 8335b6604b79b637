package io.telegate.apps.notifier;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.notify.JwtAuthenticator;
import io.telegate.adapters.http.notify.NotificationUseCases;
import io.telegate.adapters.http.notify.TaskRoutes;
import io.telegate.adapters.json.JsonCodecs;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.notify.BotDirectory;
import io.telegate.core.notify.CancelNotificationService;
import io.telegate.core.notify.CreateNotificationService;
import io.telegate.core.notify.DeliveryService;
import io.telegate.core.notify.DeliveryWorker;
import io.telegate.core.notify.NotificationEvents;
import io.telegate.core.notify.NotificationQueryService;
import io.telegate.core.notify.NotificationValidator;
import io.telegate.core.time.Pause;
import io.telegate.core.notify.RateLimiters;
import io.telegate.core.notify.Recipients;
import io.telegate.core.notify.RetryNotificationService;
import io.telegate.core.notify.UnknownPolicies;
import io.telegate.core.notify.UpdateNotificationService;
import io.telegate.ports.in.CancelNotificationUseCase;
import io.telegate.ports.in.CreateNotificationUseCase;
import io.telegate.ports.in.GetNotificationUseCase;
import io.telegate.ports.in.ListDeliveryAttemptsUseCase;
import io.telegate.ports.in.ListNotificationsUseCase;
import io.telegate.ports.in.RetryNotificationUseCase;
import io.telegate.ports.in.UpdateNotificationUseCase;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.DeliveryAttempts;
import io.telegate.ports.out.EventPublisher;
import io.telegate.ports.out.Metrics;
import io.telegate.ports.out.StateStore;
import io.telegate.ports.out.TaskStore;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Notifications (seed 003) on whatever ports the component binds: the core's services as the use cases, the
 * delivery workers as a service, and the task API with its JWT checks as HTTP routes. The component supplies
 * {@link NotifierSettings}, a {@link Clock}, {@link TaskStore}, {@link DeliveryAttempts}, {@link StateStore},
 * {@link BotApi}, {@link Metrics} and the {@link ForNotifier} event publisher. The demo can include it too.
 */
@Module
public interface NotifierModule {

    /** How long stopping waits for each worker to finish its batch (the lifecycle's own timeout still applies). */
    Duration WORKER_JOIN_LIMIT = Duration.ofSeconds(25);

    @Provides
    static BotDirectory botDirectory(NotifierSettings settings) {
        return settings.bots();
    }

    @Provides
    @Singleton
    static NotificationValidator notificationValidator(BotDirectory bots, NotifierSettings settings, Clock clock) {
        return new NotificationValidator(bots, settings.rules(), clock);
    }

    @Provides
    @Singleton
    static UnknownPolicies unknownPolicies(StateStore store) {
        return new UnknownPolicies(store);
    }

    @Provides
    @Singleton
    static Recipients recipients(StateStore store, Clock clock) {
        return new Recipients(store, clock);
    }

    @Provides
    @Singleton
    static RateLimiters rateLimiters(NotifierSettings settings, Clock clock) {
        return new RateLimiters(clock, settings.limits());
    }

    @Provides
    @Singleton
    static NotificationEvents notificationEvents(@ForNotifier EventPublisher publisher) {
        return new NotificationEvents(publisher, JsonCodecs.notificationEvents());
    }

    /** One per worker: the service is cheap, and its backoff jitter's random source is not shared. */
    @Provides
    static DeliveryService deliveryService(TaskStore tasks, DeliveryAttempts attempts, BotApi botApi, BotDirectory bots,
                                           Recipients recipients, UnknownPolicies unknownPolicies,
                                           RateLimiters limiters, NotificationEvents events, Metrics metrics,
                                           NotifierSettings settings, Clock clock) {
        return new DeliveryService(tasks, attempts, botApi, bots, recipients, unknownPolicies, limiters, events,
                metrics, settings.policy(), clock);
    }

    @Provides
    @Singleton
    static CreateNotificationService createService(TaskStore tasks, NotificationValidator validator,
                                                   UnknownPolicies unknownPolicies, Clock clock) {
        return new CreateNotificationService(tasks, validator, unknownPolicies, clock);
    }

    @Provides
    @Singleton
    static NotificationQueryService queryService(TaskStore tasks, DeliveryAttempts attempts) {
        return new NotificationQueryService(tasks, attempts);
    }

    @Provides
    @Singleton
    static UpdateNotificationService updateService(TaskStore tasks, NotificationValidator validator, Clock clock) {
        return new UpdateNotificationService(tasks, validator, clock);
    }

    @Provides
    @Singleton
    static CancelNotificationService cancelService(TaskStore tasks, NotificationEvents events, Clock clock) {
        return new CancelNotificationService(tasks, events, clock);
    }

    @Provides
    @Singleton
    static RetryNotificationService retryService(TaskStore tasks, BotDirectory bots, Recipients recipients,
                                                 Clock clock) {
        return new RetryNotificationService(tasks, bots, recipients, clock);
    }

    @Binds
    CreateNotificationUseCase create(CreateNotificationService service);

    @Binds
    GetNotificationUseCase get(NotificationQueryService service);

    @Binds
    ListNotificationsUseCase list(NotificationQueryService service);

    @Binds
    ListDeliveryAttemptsUseCase attempts(NotificationQueryService service);

    @Binds
    UpdateNotificationUseCase update(UpdateNotificationService service);

    @Binds
    CancelNotificationUseCase cancel(CancelNotificationService service);

    @Binds
    RetryNotificationUseCase retry(RetryNotificationService service);

    @Provides
    static NotificationUseCases notificationUseCases(CreateNotificationUseCase create, GetNotificationUseCase get,
                                                     ListNotificationsUseCase list,
                                                     ListDeliveryAttemptsUseCase attempts,
                                                     UpdateNotificationUseCase update,
                                                     CancelNotificationUseCase cancel,
                                                     RetryNotificationUseCase retry) {
        return new NotificationUseCases(create, get, list, attempts, update, cancel, retry);
    }

    @Provides
    @Singleton
    static JwtAuthenticator jwtAuthenticator(NotifierSettings settings, Clock clock) {
        return new JwtAuthenticator(settings.jwt(), clock);
    }

    @Provides
    @IntoSet
    static HttpRoutes taskRoutes(NotificationUseCases useCases, JwtAuthenticator authenticator) {
        return new TaskRoutes(useCases, authenticator);
    }

    @Provides
    @IntoSet
    static Service deliveryWorkers(TaskStore tasks, Provider<DeliveryService> delivery, NotifierSettings settings,
                                   Clock clock) {
        return new DeliveryWorkerService(number -> new DeliveryWorker(tasks, delivery.get(), settings.policy(),
                Pause.sleeping(), clock, settings.workerId() + "-" + number), settings.workers(), WORKER_JOIN_LIMIT);
    }
}
