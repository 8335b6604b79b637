package io.telegate.core.monitor;

/** This process no longer owns a chat (stopped or taken over elsewhere, or its lease lapsed): it lets go quietly. */
final class ChatReleased extends RuntimeException {

    ChatReleased(String why) {
        super(why, null, false, false);
    }
}
