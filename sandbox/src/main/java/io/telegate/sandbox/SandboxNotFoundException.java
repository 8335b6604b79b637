package io.telegate.sandbox;

/** A control operation named a user, chat, session, bot or log-in the sandbox does not have. */
public final class SandboxNotFoundException extends RuntimeException {

    public SandboxNotFoundException(String message) {
        super(message);
    }
}
