package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The notifier's task API over HTTP with the JDK client, as a client application would call it. */
final class TaskApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    TaskApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a task and returns its id; the answer must be 201. */
    String create(String token, String body, String... headers) {
        HttpResponse<String> response = send("POST", "/api/tasks/create", token, body, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("task_id").asText();
    }

    JsonNode get(String token, String id) {
        HttpResponse<String> response = send("GET", "/api/tasks/" + id, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    JsonNode attempts(String token, String id) {
        HttpResponse<String> response = send("GET", "/api/tasks/" + id + "/attempts", token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("attempts");
    }

    /** Polls until the task is final and returns it. */
    JsonNode awaitFinal(String token, String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonNode task = get(token, id);
            if (List.of("delivered", "failed", "cancelled", "unknown").contains(task.get("status").asText())) {
                return task;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("task " + id + " still " + task.get("status").asText() + " after " + limit);
            }
            pause(Duration.ofMillis(100));
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
