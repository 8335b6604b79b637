package io.telegate.ports.out;

/** A failure that trying again will not fix: bad input, lost access, a missing chat. Report it. */
public class PermanentFailure extends TelegateException {

    public PermanentFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public PermanentFailure(String message) {
        super(message, null);
    }

    @Override
    public final boolean isTransient() {
        return false;
    }
}
