package io.telegate.adapters.telegram.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs once the connection is open: reads each answer completely while the exchange is still running, so every
 * failure from here on is marked as a {@link SentRequestFailure}, and gives an error answer that is not JSON (a
 * proxy's 502 page) Telegram's error envelope, so it is translated by its HTTP status like Telegram's own.
 *
 * <p>"May have arrived" over-approximates on purpose: a write to a pooled connection the server had just closed
 * counts too, since telling the core a request may have gone out is safe, and the opposite is not.
 */
final class BufferedExchange implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    @Override
    public Response intercept(Chain chain) throws IOException {
        try (Response response = chain.proceed(chain.request())) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            MediaType type = body == null ? null : body.contentType();
            if (!response.isSuccessful() && !isJson(type)) {
                bytes = envelope(response);
                type = JSON_TYPE;
            }
            return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
        } catch (IOException e) {
            throw new SentRequestFailure(e);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && "json".equals(type.subtype());
    }

    private static byte[] envelope(Response response) throws IOException {
        ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", response.code())
                .put("description", ("HTTP " + response.code() + " " + response.message()).strip());
        return JSON.writeValueAsBytes(error);
    }
}
