package io.telegate.sandbox;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.out.BotApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The bots of the sandbox by token and id; tokens are {@code <bot id>:<35 random characters>}. */
final class BotRegistry {

    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final Map<String, BotState> byToken = new ConcurrentHashMap<>();
    private final Map<Long, BotState> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(7_000_000_000L);
    private final SecureRandom random = new SecureRandom();
    private final Usernames usernames;
    private final Clock clock;
    private final Supplier<SandboxLimits> limits;

    BotRegistry(Usernames usernames, Clock clock, Supplier<SandboxLimits> limits) {
        this.usernames = usernames;
        this.clock = clock;
        this.limits = limits;
    }

    /** Registers a bot; a null token gets a fresh one, a null first name the username. */
    synchronized SandboxBot create(String username, String firstName, BotToken fixedToken) {
        BotToken token = fixedToken != null ? fixedToken : newToken();
        if (byId.containsKey(token.botId())) {
            throw new IllegalArgumentException("bot " + token.botId() + " already exists");
        }
        String name = usernames.claim(username, token.botId());
        SandboxBot bot = new SandboxBot(token.botId(), name, firstName != null ? firstName : name, token);
        BotState state = new BotState(bot, new BotRateLimiter(clock, limits));
        byToken.put(token.value(), state);
        byId.put(bot.id(), state);
        return bot;
    }

    /** The bot behind a token as the Bot API sees it: an unknown token is {@code 401 Unauthorized}. */
    BotState authorize(BotToken token) {
        BotState bot = byToken.get(token.value());
        if (bot == null) {
            throw new BotApiException(new BotApiError.Unauthorized("Unauthorized"));
        }
        return bot;
    }

    /** The bot behind a token for a control operation. */
    BotState require(BotToken token) {
        BotState bot = byToken.get(token.value());
        if (bot == null) {
            throw new SandboxNotFoundException("no bot " + token.botId() + ":*** in the sandbox");
        }
        return bot;
    }

    Optional<BotState> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Collection<BotState> all() {
        return byId.values();
    }

    private BotToken newToken() {
        long id = nextId.incrementAndGet();
        while (byId.containsKey(id)) {
            id = nextId.incrementAndGet();
        }
        StringBuilder secret = new StringBuilder(35);
        for (int i = 0; i < 35; i++) {
            secret.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
        }
        return new BotToken(id + ":" + secret);
    }
}
