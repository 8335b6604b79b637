package io.telegate.adapters.telegram.bot;

import io.telegate.ports.out.BotApi;
import io.telegate.testkit.telegram.BotApiContract;
import io.telegate.testkit.telegram.TelegramFixture;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;

/** The HTTP client honours the {@link BotApiContract} against the sandbox's Bot API emulator over real HTTP. */
class BotApiClientIT extends BotApiContract {

    private final SandboxBotApiServer telegram = new SandboxBotApiServer();
    private final OkHttpClient http = BotApiHttpClients.create(telegram.config());
    private final BotApi botApi = new BotApiClient(http, telegram.config());

    @Override
    protected BotApi botApi() {
        return botApi;
    }

    @Override
    protected TelegramFixture fixture() {
        return telegram;
    }

    @AfterEach
    void stop() {
        BotApiHttpClients.shutdown(http);
        telegram.close();
    }
}
