package io.telegate.ports.out;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.TelegramMessage;

/** Receives what happens in a subscribed chat. Implementations must not block for long. */
public interface UpdateListener {

    /** A new message arrived in the chat. */
    void onMessage(TelegramMessage message);

    /** The session lost access to the chat (or altogether); no further messages follow. */
    void onAccessLost(AccessLossReason reason);
}
