package io.telegate.adapters.http;

import io.javalin.http.Handler;

/**
 * Where {@link HttpRoutes} add endpoints; the server keeps filters, error mapping and its lifecycle to itself.
 *
 * <p>Paths use Javalin's syntax: {@code /api/tasks/{task_id}}.
 */
public interface RouteRegistry {

    RouteRegistry get(String path, Handler handler);

    RouteRegistry post(String path, Handler handler);

    RouteRegistry put(String path, Handler handler);

    RouteRegistry patch(String path, Handler handler);

    RouteRegistry delete(String path, Handler handler);
}
