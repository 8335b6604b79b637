package io.telegate.adapters.telegram.bot;

import java.io.IOException;

/** An I/O failure after the connection to the Bot API was open, so the request may have reached it. */
final class SentRequestFailure extends IOException {

    SentRequestFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
