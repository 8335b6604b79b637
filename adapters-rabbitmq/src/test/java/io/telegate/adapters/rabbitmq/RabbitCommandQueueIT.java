package io.telegate.adapters.rabbitmq;

import io.telegate.ports.out.CommandQueue;
import io.telegate.testkit.messaging.CommandQueueContract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;

/** The {@link CommandQueueContract} against a real RabbitMQ; each consumer view has a connection of its own. */
class RabbitCommandQueueIT extends CommandQueueContract {

    private final RabbitNamespace rabbit = new RabbitNamespace();
    private final Map<CommandQueue, RabbitConnections> views = new ConcurrentHashMap<>();

    @Override
    protected CommandQueue consumer(String consumerId) {
        RabbitConnections connections = rabbit.connections(rabbit.config().withConnectionName("it " + consumerId));
        RabbitCommandQueue view = new RabbitCommandQueue(connections);
        views.put(view, connections);
        return view;
    }

    /** The broker gives a dead consumer's unacknowledged commands to the next one; recover() has nothing to do. */
    @Override
    protected boolean brokerRedeliversOnCrash() {
        return true;
    }

    /** A dead process's connection is gone: abort it, leaving its deliveries unacknowledged. */
    @Override
    protected void crash(CommandQueue consumer) {
        views.get(consumer).openConnection().abort();
    }

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
    }
}
