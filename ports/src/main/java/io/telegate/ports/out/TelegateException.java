package io.telegate.ports.out;

/**
 * The root of every failure a port reports. Unchecked; adapters translate vendor exceptions into a subclass
 * at their edge, so callers decide between {@link TransientFailure} (retry, nack) and {@link PermanentFailure}
 * (dead-letter, report) without knowing the technology.
 */
public abstract class TelegateException extends RuntimeException {

    protected TelegateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same operation may succeed if tried again later. */
    public abstract boolean isTransient();
}
