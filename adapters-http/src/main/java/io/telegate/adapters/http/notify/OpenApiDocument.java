package io.telegate.adapters.http.notify;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The task API's OpenAPI 3 description ({@code openapi.json} next to this class), served as it is. */
final class OpenApiDocument {

    private static final String RESOURCE = "openapi.json";
    private static final String TEXT = load();

    private OpenApiDocument() {
    }

    static void serve(Context ctx) {
        ctx.contentType(ApiJson.CONTENT_TYPE).result(TEXT);
    }

    static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(OpenApiDocument.class.getResourceAsStream(RESOURCE),
                "openapi.json is packaged with the task API")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
