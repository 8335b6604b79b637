package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sends one request of a session and returns its answer; errors arrive as the ports' failures. */
@FunctionalInterface
interface TdCaller {

    /** The answer to {@code request}; a failure names {@code subject} (the chat asked about). */
    ObjectNode call(ObjectNode request, String subject);
}
