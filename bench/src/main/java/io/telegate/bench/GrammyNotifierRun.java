package io.telegate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.TelegramSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The reference peer of the notifier benchmark: {@code node bench/grammy/send.mjs} (grammY with the throttler and
 * auto-retry transformers) sends the same workload to the same emulator with its own bots; this reads the JSON
 * summary it prints and rates its bots from the emulator's records, as for Telegate.
 */
final class GrammyNotifierRun {

    private final TelegramSandbox sandbox;
    private final URI emulator;
    private final Path script;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    GrammyNotifierRun(TelegramSandbox sandbox, URI emulator, Path script, Duration timeout) {
        this.sandbox = sandbox;
        this.emulator = emulator;
        this.script = script;
        this.timeout = timeout;
    }

    /** Why the peer cannot run here (no script, dependencies not installed), or empty when it can. */
    String missing() {
        if (!Files.isRegularFile(script)) {
            return "no " + script;
        }
        if (!Files.isDirectory(script.resolveSibling("node_modules").resolve("grammy"))) {
            return "dependencies not installed (npm ci --prefix " + script.getParent() + ")";
        }
        return "";
    }

    RunResult run(NotifierWorkload workload, NotifierWorkload.Fleet fleet) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(json.writeValueAsBytes(workloadJson(workload, fleet)));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            node.destroyForcibly();
            throw new IllegalStateException("grammY did not finish within " + timeout);
        }
        if (node.exitValue() != 0 || out.isEmpty()) {
            throw new IllegalStateException("grammY exited with " + node.exitValue() + " and printed no summary");
        }
        JsonNode summary = json.readTree(out.substring(out.lastIndexOf('\n') + 1));
        if (summary.path("failed").asLong() > 0) {
            System.err.println("grammY: first failure: " + summary.path("firstError").asText());
        }
        JsonNode versions = summary.path("versions");
        return new RunResult(String.format("grammY %s + throttler %s + auto-retry %s (Node %s)",
                versions.path("grammy").asText(), versions.path("throttler").asText(),
                versions.path("autoRetry").asText(), versions.path("node").asText().replaceFirst("^v", "")),
                summary.path("messages").asLong(), summary.path("failed").asLong(), summary.path("seconds").asDouble(),
                SentRates.of(sandbox, fleet.tokens()), summary.path("retryAfters").asLong(),
                summary.path("p50Millis").asDouble(), summary.path("p99Millis").asDouble(),
                String.format("all handed in after %.1f s", summary.path("handedInSeconds").asDouble()));
    }

    private ObjectNode workloadJson(NotifierWorkload workload, NotifierWorkload.Fleet fleet) {
        ObjectNode root = json.createObjectNode();
        root.put("apiRoot", emulator.toString());
        ArrayNode tokens = root.putArray("tokens");
        fleet.tokens().stream().map(BotToken::value).forEach(tokens::add);
        ArrayNode chats = root.putArray("chats");
        fleet.chatIds().forEach(chats::add);
        root.put("tasks", workload.tasks());
        return root;
    }
}
