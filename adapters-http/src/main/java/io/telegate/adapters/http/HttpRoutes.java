package io.telegate.adapters.http;

/**
 * A group of endpoints a runtime adds to the shared HTTP server (contributed with Dagger {@code @IntoSet}).
 *
 * <p>Handlers signal client errors by throwing Javalin's {@code HttpResponseException} subclasses
 * ({@code BadRequestResponse}, {@code NotFoundResponse}, ...) or {@code InvalidPayloadException}; the server
 * renders every error as a JSON body. Any other exception becomes a 500 without its message.
 */
@FunctionalInterface
public interface HttpRoutes {

    /** Adds this group's endpoints; called once, before the server starts. */
    void register(RouteRegistry routes);
}
