package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.UserAccounts;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link UserAccounts} over TDLib: one TDLib client per session id, shared by every handle connected to it and
 * closed with the last. A session found logged out or revoked is remembered for the life of the process, because
 * TDLib trusts a stored binlog offline and would report a revoked session ready until it next reaches Telegram.
 */
@Singleton
public final class TdlibUserAccounts implements UserAccounts {

    private final TdlibRuntime runtime;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, AccessLossReason> lost = new ConcurrentHashMap<>();

    /** One session id's shared client and how many handles hold it; guarded by itself. */
    private static final class Slot {
        TdSession session;
        int handles;
    }

    @Inject
    public TdlibUserAccounts(TdlibRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public AccountSession connect(SessionDescriptor descriptor) {
        Objects.requireNonNull(descriptor, "session");
        Slot slot = slots.computeIfAbsent(descriptor.id(), id -> new Slot());
        synchronized (slot) {
            if (slot.session != null && slot.session.isLost()) {
                lost.putIfAbsent(descriptor.id(), AccessLossReason.AUTH_KEY_UNREGISTERED);
            }
            AccessLossReason reason = lost.get(descriptor.id());
            if (reason != null) {
                throw new AccessLostException(reason, "session " + descriptor.id());
            }
            if (slot.session == null) {
                slot.session = TdSession.open(runtime, descriptor);
            }
            slot.handles++;
            return new TdlibAccountSession(slot.session, session -> release(slot, session));
        }
    }

    /** Logs the session out at Telegram (through its client, opened for it when none is) and forgets it here. */
    void logOut(SessionDescriptor descriptor) {
        try {
            AccountSession handle = connect(descriptor);
            try {
                Slot slot = slots.get(descriptor.id());
                synchronized (slot) {
                    slot.session.logOut();
                }
            } finally {
                handle.close();
            }
        } catch (AccessLostException alreadyUnusable) {
            // Not logged in (or already lost): nothing is left to log out at Telegram.
        } finally {
            lost.put(descriptor.id(), AccessLossReason.AUTH_KEY_UNREGISTERED);
            TdSessionFiles.deleteTree(TdSessionFiles.directory(runtime.config(), descriptor.id()));
        }
    }

    private void release(Slot slot, TdSession session) {
        synchronized (slot) {
            if (slot.session != session) {
                return;
            }
            slot.handles--;
            if (slot.handles == 0) {
                slot.session = null;
                session.close();
            }
        }
    }
}
