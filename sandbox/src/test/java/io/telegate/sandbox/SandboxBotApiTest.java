package io.telegate.sandbox;

import io.telegate.ports.out.BotApi;
import io.telegate.testkit.telegram.BotApiContract;
import io.telegate.testkit.telegram.TelegramFixture;
import org.junit.jupiter.api.AfterEach;

/** The sandbox's in-process Bot API honours the {@link BotApiContract}. */
class SandboxBotApiTest extends BotApiContract {

    private final SandboxTelegramFixture fixture = new SandboxTelegramFixture();
    private final BotApi botApi = fixture.sandbox.botApi();

    @Override
    protected BotApi botApi() {
        return botApi;
    }

    @Override
    protected TelegramFixture fixture() {
        return fixture;
    }

    @AfterEach
    void closeSandbox() {
        fixture.sandbox.close();
    }
}
