package io.telegate.sandbox;

import java.util.Optional;

/**
 * Where a bot's message goes: the chat as the Bot API shows it, and its history when it is a group, supergroup or
 * channel (a private dialogue keeps no shared history).
 */
record BotTarget(Peer peer, Optional<ChatState> chat) {
}
