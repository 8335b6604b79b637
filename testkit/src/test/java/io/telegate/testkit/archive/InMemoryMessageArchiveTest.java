package io.telegate.testkit.archive;

import io.telegate.ports.out.MessageArchive;

class InMemoryMessageArchiveTest extends MessageArchiveContract {

    @Override
    protected MessageArchive newArchive() {
        return new InMemoryMessageArchive();
    }
}
