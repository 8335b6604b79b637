package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.out.PermanentFailure;

/** libtdjson cannot be found or loaded; the message is one line saying where it was looked for and what to do. */
public final class TdlibUnavailableException extends PermanentFailure {

    public TdlibUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
