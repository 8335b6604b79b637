package io.telegate.testkit.vault;

import io.telegate.ports.out.SessionVault;

class InMemorySessionVaultTest extends SessionVaultContract {

    @Override
    protected SessionVault newVault() {
        return new InMemorySessionVault();
    }
}
