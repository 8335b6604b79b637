package io.telegate.testkit.tasks;

import io.telegate.ports.out.TaskStore;

class InMemoryTaskStoreTest extends TaskStoreContract {

    @Override
    protected TaskStore newStore() {
        return new InMemoryTaskStore();
    }
}
