package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.bot.BotToken;

/** One Bot API method of the emulator: parameters in, the {@code result} out (failures as exceptions). */
@FunctionalInterface
interface BotMethod {

    JsonNode call(BotToken token, BotApiParams params) throws InterruptedException;
}
