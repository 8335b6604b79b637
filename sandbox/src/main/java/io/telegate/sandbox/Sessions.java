package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The user-account sessions the sandbox issued, by id. */
final class Sessions {

    private final Map<String, SessionState> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Users users;

    Sessions(Users users) {
        this.users = users;
    }

    /** Issues a session for a user; null id, api hash or session string are generated. */
    SessionDescriptor create(long userId, String id, String apiHash, String sessionString) {
        users.require(userId);
        SessionDescriptor descriptor = new SessionDescriptor(id != null ? id : UUID.randomUUID().toString(),
                apiHash != null ? apiHash : HexFormat.of().formatHex(bytes(16)),
                sessionString != null ? sessionString : "sandbox:" + HexFormat.of().formatHex(bytes(32)));
        if (byId.putIfAbsent(descriptor.id(), new SessionState(descriptor, userId)) != null) {
            throw new IllegalArgumentException("session " + descriptor.id() + " already exists");
        }
        return descriptor;
    }

    Optional<SessionState> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    SessionState require(String id) {
        return find(id).orElseThrow(() -> new SandboxNotFoundException("no session " + id));
    }

    /** The live session a descriptor stands for, or {@code AUTH_KEY_UNREGISTERED}. */
    SessionState authenticate(SessionDescriptor descriptor) {
        SessionState state = byId.get(descriptor.id());
        if (state == null || state.revoked() || !sameSecret(state.descriptor, descriptor)) {
            throw new AccessLostException(AccessLossReason.AUTH_KEY_UNREGISTERED, "session " + descriptor.id());
        }
        return state;
    }

    private static boolean sameSecret(SessionDescriptor known, SessionDescriptor given) {
        return MessageDigest.isEqual(known.sessionString().getBytes(), given.sessionString().getBytes());
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
