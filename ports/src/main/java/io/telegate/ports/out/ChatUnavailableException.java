package io.telegate.ports.out;

/** The chat does not exist, the username is free, or the invite link is invalid or expired. */
public final class ChatUnavailableException extends PermanentFailure {

    private final String chat;

    public ChatUnavailableException(String chat, String reason) {
        super("chat " + chat + " is unavailable: " + reason);
        this.chat = chat;
    }

    public String chat() {
        return chat;
    }
}
