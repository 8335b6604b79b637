package io.telegate.sandbox;

import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.UserAccounts;
import java.util.Objects;

/** The {@link UserAccounts} port over the sandbox: sessions the sandbox issued connect, others fail. */
final class SandboxUserAccounts implements UserAccounts {

    private final Sessions sessions;
    private final Chats chats;

    SandboxUserAccounts(Sessions sessions, Chats chats) {
        this.sessions = sessions;
        this.chats = chats;
    }

    @Override
    public AccountSession connect(SessionDescriptor session) {
        Objects.requireNonNull(session, "session");
        SessionState state = sessions.authenticate(session);
        state.guard();
        return new SandboxAccountSession(state, chats);
    }
}
