package io.telegate.bench;

import io.telegate.ports.out.TaskStore;
import io.telegate.testkit.tasks.TaskStoreContract;

/** The benchmark's indexed task store keeps the same contract as every other task store. */
class IndexedTaskStoreTest extends TaskStoreContract {

    @Override
    protected TaskStore newStore() {
        return new IndexedTaskStore();
    }
}
