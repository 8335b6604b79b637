package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

/**
 * One message the broker delivered to a {@link CommandConsumer}: where it came from (the channel, and how many
 * times that channel had failed by then), its delivery tag and redelivered flag, and the message itself.
 */
record Received(Channel channel, long generation, long deliveryTag, boolean redelivered,
                AMQP.BasicProperties properties, byte[] body) {
}
