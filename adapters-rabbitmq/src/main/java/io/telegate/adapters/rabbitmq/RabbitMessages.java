package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import java.util.HashMap;
import java.util.Map;

/** The properties Telegate's messages carry on the wire of seed 000: persistent, JSON, UTF-8. */
final class RabbitMessages {

    static final String CONTENT_TYPE = "application/json";
    static final int PERSISTENT = 2;

    private RabbitMessages() {
    }

    /** Persistent ({@code delivery_mode} 2), {@code application/json}, with {@code headers} (may be empty). */
    static AMQP.BasicProperties persistentJson(Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder()
                .contentType(CONTENT_TYPE)
                .deliveryMode(PERSISTENT)
                .headers(headers.isEmpty() ? null : new HashMap<>(headers))
                .build();
    }
}
