package io.telegate.adapters.http;

import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRouting;

/** A {@link RouteRegistry} that adds endpoints to Javalin's router and nothing else. */
final class JavalinRouteRegistry implements RouteRegistry {

    private final JavalinDefaultRouting routing;

    JavalinRouteRegistry(JavalinDefaultRouting routing) {
        this.routing = routing;
    }

    @Override
    public RouteRegistry get(String path, Handler handler) {
        routing.get(path, handler);
        return this;
    }

    @Override
    public RouteRegistry post(String path, Handler handler) {
        routing.post(path, handler);
        return this;
    }

    @Override
    public RouteRegistry put(String path, Handler handler) {
        routing.put(path, handler);
        return this;
    }

    @Override
    public RouteRegistry patch(String path, Handler handler) {
        routing.patch(path, handler);
        return this;
    }

    @Override
    public RouteRegistry delete(String path, Handler handler) {
        routing.delete(path, handler);
        return this;
    }
}
