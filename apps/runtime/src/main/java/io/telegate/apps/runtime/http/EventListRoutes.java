package io.telegate.apps.runtime.http;

import io.javalin.http.Context;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.ports.model.OutboundEvent;
import java.util.List;
import java.util.function.Supplier;

/**
 * With an in-memory transport there is no channel or queue to subscribe to: {@code GET <path>} lists what was
 * published (the raw JSON events, oldest first), optionally only one {@code type} and only the last {@code limit}.
 */
public final class EventListRoutes implements HttpRoutes {

    private final String path;
    private final Supplier<List<OutboundEvent>> events;

    /** Serves the events {@code events} returns (oldest first) at {@code path}. */
    public EventListRoutes(String path, Supplier<List<OutboundEvent>> events) {
        this.path = path;
        this.events = events;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get(path, this::list);
    }

    private void list(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= 10_000, "1..10000")
                .getOrDefault(100);
        String type = ctx.queryParam("type");
        List<OutboundEvent> matching = events.get().stream().filter(e -> type == null || e.type().equals(type)).toList();
        List<OutboundEvent> last = matching.subList(Math.max(0, matching.size() - limit), matching.size());
        ctx.contentType("application/json").result(
                "[" + String.join(",", last.stream().map(OutboundEvent::payload).toList()) + "]");
    }
}
