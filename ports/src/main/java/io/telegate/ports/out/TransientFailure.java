package io.telegate.ports.out;

/** A failure that may go away: a broken connection, a timeout, a server asking to wait. Retry it. */
public class TransientFailure extends TelegateException {

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientFailure(String message) {
        super(message, null);
    }

    @Override
    public final boolean isTransient() {
        return true;
    }
}
