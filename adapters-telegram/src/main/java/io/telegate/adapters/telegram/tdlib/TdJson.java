package io.telegate.adapters.telegram.tdlib;

import java.util.Optional;

/**
 * TDLib's JSON interface ({@code td_json_client.h}): the four calls the adapter makes, behind an interface so tests
 * can feed recorded TDLib objects instead of loading the native library.
 *
 * <p>Contract, as TDLib states it: {@link #receive} must never be called from two threads at once; {@link #send}
 * and {@link #createClientId} may be called from any thread; {@link #execute} answers only the methods TDLib marks
 * "can be called synchronously" and never needs a client.
 */
public interface TdJson {

    /** Reserves a client id; the client is created by the first request sent to it. */
    int createClientId();

    /** Sends a request (a JSON object with {@code @type}, and {@code @extra} to match its answer) to a client. */
    void send(int clientId, String request);

    /**
     * Waits up to {@code timeoutSeconds} for the next answer or update of any client of this process; each carries
     * the {@code @client_id} it belongs to.
     */
    Optional<String> receive(double timeoutSeconds);

    /** Runs a synchronous request and returns its answer. */
    String execute(String request);
}
