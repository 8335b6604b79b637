package io.telegate.apps.demo.cli;

import java.nio.file.Path;

/** What the demo prints once it runs: where everything is and a first request to try. */
public final class Banner {

    /** The bot of the bundled seed; a sandbox-only token, not a secret. */
    public static final String DEMO_BOT_TOKEN = "123456789:TelegateDemoToken_aaaaaaaaaaaaaaaaaaaaaa";

    private Banner() {
    }

    public static String render(String sandboxUrl, String healthUrl, Path dataDir) {
        String botApi = sandboxUrl + "/bot" + DEMO_BOT_TOKEN;
        return String.join(System.lineSeparator(),
                "",
                "Telegate demo is running (embedded defaults, Telegram sandbox instead of Telegram).",
                "",
                "  Sandbox control API  " + sandboxUrl + "/sandbox   (see docs/sandbox.md)",
                "  Bot API emulator     " + botApi + "/<method>",
                "  Try it:",
                "    curl -s " + botApi + "/sendMessage -d chat_id=1001 -d text='Hello from Telegate'",
                "    curl -s " + sandboxUrl + "/sandbox/bots/" + DEMO_BOT_TOKEN + "/sent",
                "  History fetcher      " + healthUrl + "/api/fetch/commands   (seed 002 commands, JSON)",
                "    curl -s " + healthUrl + "/api/fetch/commands -d '{\"command\":\"fetch\",\"chat\":\"@telegate_demo\","
                        + "\"mode\":\"days\",\"days\":7}'",
                "    curl -s " + healthUrl + "/api/events?type=completed",
                "  Health               " + healthUrl + "/health",
                "  Readiness            " + healthUrl + "/ready",
                "  Metrics              " + healthUrl + "/metrics",
                "  Data directory       " + dataDir.toAbsolutePath().normalize(),
                "",
                "Ctrl+C to stop.",
                "");
    }
}
