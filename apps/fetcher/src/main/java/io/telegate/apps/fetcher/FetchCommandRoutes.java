package io.telegate.apps.fetcher;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import java.util.Map;

/**
 * Lets a user hand the fetcher a command over HTTP (the in-memory transport has no Redis to LPUSH to) and see
 * what was dead-lettered. A command is validated before it is queued: a broken one gets a 422 naming the field.
 */
final class FetchCommandRoutes implements HttpRoutes {

    private final CommandQueue queue;
    private final Codec<FetchCommand> codec;

    FetchCommandRoutes(CommandQueue queue, Codec<FetchCommand> codec) {
        this.queue = queue;
        this.codec = codec;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.post("/api/fetch/commands", this::submit);
        routes.get("/api/fetch/dead-letters", this::deadLetters);
    }

    private void submit(Context ctx) {
        FetchCommand command = codec.decode(ctx.body());
        queue.submit(codec.encode(command));
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("command_id", command.commandId(), "status", "queued"));
    }

    private void deadLetters(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= 1000, "1..1000")
                .getOrDefault(50);
        ctx.json(queue.deadLetters(limit).stream()
                .map(d -> Map.of("payload", d.payload(), "reason", d.reason(), "at", d.at().toString()))
                .toList());
    }
}
