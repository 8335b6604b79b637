package io.telegate.sandbox;

import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.UserAccounts;
import io.telegate.testkit.telegram.AccountLoginsContract;
import io.telegate.testkit.telegram.TelegramFixture;

/** The sandbox's log-ins honour the {@link AccountLoginsContract}. */
class SandboxAccountLoginsTest extends AccountLoginsContract {

    private final SandboxTelegramFixture fixture = new SandboxTelegramFixture();

    @Override
    protected AccountLogins logins() {
        return fixture.sandbox.accountLogins();
    }

    @Override
    protected UserAccounts accounts() {
        return fixture.sandbox.userAccounts();
    }

    @Override
    protected TelegramFixture fixture() {
        return fixture;
    }
}
