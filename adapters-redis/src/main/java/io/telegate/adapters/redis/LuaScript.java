package io.telegate.adapters.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One Lua script kept next to this class as a resource, run by digest ({@code EVALSHA}) and sent in full only
 * when the server does not know it yet (after a restart or {@code SCRIPT FLUSH}).
 */
final class LuaScript {

    private final String name;
    private final String source;
    private final String digest;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.digest = sha1Hex(source);
    }

    /** Loads {@code <name>.lua} from this package's resources. */
    static LuaScript named(String name) {
        String resource = name + ".lua";
        try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + resource);
            }
            return new LuaScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read script resource " + resource, unreadable);
        }
    }

    /** Runs the script atomically on the server. */
    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        try {
            return redis.evalsha(digest, output, keys, args);
        } catch (RedisNoScriptException unknownToTheServer) {
            return redis.eval(source, output, keys, args);
        }
    }

    @Override
    public String toString() {
        return "LuaScript[" + name + ", " + digest + "]";
    }

    private static String sha1Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JVM ships SHA-1", missing);
        }
    }
}
