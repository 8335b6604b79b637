package io.telegate.sandbox;

import io.telegate.ports.out.UserAccounts;
import io.telegate.testkit.telegram.TelegramFixture;
import io.telegate.testkit.telegram.UserAccountsContract;
import org.junit.jupiter.api.AfterEach;

/** The sandbox's user accounts honour the {@link UserAccountsContract}. */
class SandboxUserAccountsTest extends UserAccountsContract {

    private final SandboxTelegramFixture fixture = new SandboxTelegramFixture();
    private final UserAccounts accounts = fixture.sandbox.userAccounts();

    @Override
    protected UserAccounts accounts() {
        return accounts;
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
