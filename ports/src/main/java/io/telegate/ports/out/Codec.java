package io.telegate.ports.out;

/**
 * Turns one family of wire messages (commands or events of a seed's contract) into values and back.
 *
 * <p>Contract: {@code decode(encode(v))} equals {@code v}; {@link #decode} throws
 * {@link InvalidPayloadException} naming the field and the reason for anything that is not valid JSON or
 * breaks the contract, and never anything else. Thread-safe.
 *
 * @param <T> the value family (a sealed hierarchy of commands or events)
 */
public interface Codec<T> {

    T decode(String payload);

    String encode(T value);
}
