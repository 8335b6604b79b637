package io.telegate.bench;

import io.telegate.ports.model.bot.BotToken;
import java.util.List;

/**
 * The notifier benchmark's workload: {@code tasks} messages from {@code bots} bots to {@code chats} private chats
 * (users), message {@code i} from bot {@code i % bots} to chat {@code (i / bots) % chats}, so every bot sends the
 * same share and cycles through all its chats before it writes to one again: the binding limit is each bot's 30
 * messages a second, not the one a second per private chat.
 */
record NotifierWorkload(int bots, int chats, int tasks) {

    NotifierWorkload {
        if (bots < 1 || chats < 1 || tasks < 1) {
            throw new IllegalArgumentException("bots, chats and tasks must be positive");
        }
    }

    int botOf(int task) {
        return task % bots;
    }

    int chatOf(int task) {
        return (task / bots) % chats;
    }

    /** The text of message {@code task}; unique, so duplicates would show in the emulator. */
    static String text(int task) {
        return "Benchmark notification #" + task;
    }

    /** The tokens of the bots a run sends with, one per bot of the workload. */
    record Fleet(List<BotToken> tokens, List<Long> chatIds) {

        Fleet {
            tokens = List.copyOf(tokens);
            chatIds = List.copyOf(chatIds);
        }
    }
}
