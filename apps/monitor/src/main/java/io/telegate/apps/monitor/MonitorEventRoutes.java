package io.telegate.apps.monitor;

import io.javalin.http.Context;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.testkit.messaging.InMemoryEventPublisher;
import java.util.List;

/**
 * With the in-memory transport there is no queue to consume: {@code GET /api/monitor/events} lists what was
 * published (the raw JSON events, oldest first), optionally only one {@code type} and only the last {@code limit}.
 */
final class MonitorEventRoutes implements HttpRoutes {

    private final InMemoryEventPublisher publisher;

    MonitorEventRoutes(InMemoryEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/api/monitor/events", this::list);
    }

    private void list(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= 10_000, "1..10000")
                .getOrDefault(100);
        String type = ctx.queryParam("type");
        List<OutboundEvent> events = type == null ? publisher.published() : publisher.published(type);
        List<OutboundEvent> last = events.subList(Math.max(0, events.size() - limit), events.size());
        ctx.contentType("application/json").result(
                "[" + String.join(",", last.stream().map(OutboundEvent::payload).toList()) + "]");
    }
}
