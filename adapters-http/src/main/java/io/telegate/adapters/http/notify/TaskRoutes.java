package io.telegate.adapters.http.notify;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.TaskChange;
import io.telegate.ports.out.TransientFailure;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed 003's task API over the notification use cases, every endpoint but {@code GET /openapi.json} behind a
 * bearer JWT whose {@code sub} owns the tasks: {@code POST /api/tasks/create}, {@code GET /api/tasks/list},
 * {@code GET /api/tasks/{task_id}}, {@code GET /api/tasks/{task_id}/attempts},
 * {@code PATCH /api/tasks/{task_id}/update}, {@code DELETE /api/tasks/{task_id}} (cancel) and
 * {@code POST /api/tasks/{task_id}/retry}.
 *
 * <p>Answers: 201 for a new task and 200 for a repeated idempotency key (the first task, unchanged); 404 for a
 * task that does not exist or belongs to another subject (the two are indistinguishable); 409 for a change the
 * task's state does not allow; 422 listing every invalid field; 401 with {@code WWW-Authenticate: Bearer} without
 * a valid token; 503 when storage or the identity provider's keys are briefly out of reach. The wire format is documented in {@code /openapi.json}.
 */
public final class TaskRoutes implements HttpRoutes {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(TaskRoutes.class);

    private final NotificationUseCases useCases;
    private final JwtAuthenticator authenticator;

    public TaskRoutes(NotificationUseCases useCases, JwtAuthenticator authenticator) {
        this.useCases = useCases;
        this.authenticator = authenticator;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/openapi.json", OpenApiDocument::serve)
                .post("/api/tasks/create", authenticated(this::create))
                // before /api/tasks/{task_id}, which would take "list" for an id
                .get("/api/tasks/list", authenticated(this::list))
                .get("/api/tasks/{task_id}", authenticated(this::get))
                .get("/api/tasks/{task_id}/attempts", authenticated(this::attempts))
                .patch("/api/tasks/{task_id}/update", authenticated(this::update))
                .delete("/api/tasks/{task_id}", authenticated(this::cancel))
                .post("/api/tasks/{task_id}/retry", authenticated(this::retry));
    }

    private void create(Context ctx, String tenant) {
        Optional<String> headerKey = Optional.ofNullable(ctx.header(IDEMPOTENCY_KEY)).map(String::strip)
                .filter(key -> !key.isEmpty());
        TaskRequests.Create command = TaskRequests.create(ApiJson.objectBody(ctx), tenant, headerKey);
        CreateOutcome outcome = useCases.create().create(command.request(), command.onUnknown());
        ctx.header("Location", "/api/tasks/" + outcome.task().id());
        switch (outcome) {
            case CreateOutcome.Created created -> ApiJson.respond(ctx, 201, TaskViews.task(created.task()));
            case CreateOutcome.Duplicate duplicate -> {
                ctx.header("Idempotent-Replayed", "true");
                ApiJson.respond(ctx, 200, TaskViews.task(duplicate.task()));
            }
        }
    }

    private void list(Context ctx, String tenant) {
        try {
            ApiJson.respond(ctx, 200, TaskViews.page(useCases.list().list(TaskQueries.of(ctx, tenant))));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("cursor", "is not a cursor of this listing")));
        }
    }

    private void get(Context ctx, String tenant) {
        String id = ctx.pathParam("task_id");
        useCases.get().get(tenant, id).ifPresentOrElse(task -> ApiJson.respond(ctx, 200, TaskViews.task(task)),
                () -> notFound(ctx, id));
    }

    private void attempts(Context ctx, String tenant) {
        String id = ctx.pathParam("task_id");
        useCases.attempts().attempts(tenant, id).ifPresentOrElse(
                attempts -> ApiJson.respond(ctx, 200, TaskViews.timeline(id, attempts)), () -> notFound(ctx, id));
    }

    private void update(Context ctx, String tenant) {
        String id = ctx.pathParam("task_id");
        answer(ctx, id, useCases.update().update(tenant, id, TaskRequests.changes(ApiJson.objectBody(ctx))));
    }

    private void cancel(Context ctx, String tenant) {
        String id = ctx.pathParam("task_id");
        answer(ctx, id, useCases.cancel().cancel(tenant, id));
    }

    private void retry(Context ctx, String tenant) {
        String id = ctx.pathParam("task_id");
        answer(ctx, id, useCases.retry().retry(tenant, id));
    }

    private static void answer(Context ctx, String id, TaskChange change) {
        switch (change) {
            case TaskChange.Changed changed -> ApiJson.respond(ctx, 200, TaskViews.task(changed.task()));
            case TaskChange.NotFound notFound -> notFound(ctx, id);
            case TaskChange.NotAllowed refused ->
                    ApiJson.respond(ctx, 409, TaskViews.conflict(refused.reason(), refused.status()));
        }
    }

    private static void notFound(Context ctx, String id) {
        ApiJson.respond(ctx, 404, TaskViews.problem(404, "no task " + id));
    }

    private Handler authenticated(TenantHandler handler) {
        return ctx -> {
            try {
                handler.handle(ctx, authenticator.subjectOf(ctx.header("Authorization")));
            } catch (Unauthorized e) {
                ctx.header("WWW-Authenticate", e.tokenPresent()
                        ? "Bearer realm=\"telegate\", error=\"invalid_token\"" : "Bearer realm=\"telegate\"");
                ApiJson.respond(ctx, 401, TaskViews.problem(401, e.getMessage()));
            } catch (InvalidRequestException e) {
                ApiJson.respond(ctx, 422, TaskViews.invalid(e.errors()));
            } catch (TransientFailure e) {
                log.warn("{} {} could not be served now: {}", ctx.method(), ctx.endpointHandlerPath(), e.getMessage());
                ctx.header("Retry-After", "1");
                ApiJson.respond(ctx, 503, TaskViews.problem(503, "a service the API needs is unavailable; try again "
                        + "shortly"));
            }
        };
    }

    /** A handler that runs for an authenticated subject. */
    @FunctionalInterface
    private interface TenantHandler {
        void handle(Context ctx, String tenant) throws Exception;
    }
}
