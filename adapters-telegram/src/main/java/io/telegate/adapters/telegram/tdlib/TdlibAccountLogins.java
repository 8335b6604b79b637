package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.PermanentFailure;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@link AccountLogins} over TDLib: each log-in runs its own TDLib client through the authorization states
 * ({@code WaitTdlibParameters, WaitPhoneNumber, WaitCode, WaitPassword} or {@code WaitOtherDeviceConfirmation},
 * {@code Ready}) and yields a session whose string is the packed TDLib binlog. Thread-safe; one log-in's steps are
 * taken one at a time.
 */
public final class TdlibAccountLogins implements AccountLogins {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,24}");

    private final TdlibRuntime runtime;
    private final TdlibUserAccounts accounts;
    private final Map<String, TdLogin> logins = new ConcurrentHashMap<>();

    @Inject
    public TdlibAccountLogins(TdlibRuntime runtime, TdlibUserAccounts accounts) {
        this.runtime = runtime;
        this.accounts = accounts;
    }

    @Override
    public LoginStep startWithPhone(String phoneNumber) {
        if (phoneNumber == null || !PHONE.matcher(phoneNumber.strip()).matches()) {
            throw new PermanentFailure("not a phone number in international format (e.g. +15551234567)");
        }
        return start(Optional.of(phoneNumber.strip()));
    }

    @Override
    public LoginStep startWithQr() {
        return start(Optional.empty());
    }

    @Override
    public LoginStep submit(String loginId, String input) {
        TdLogin login = logins.get(loginId);
        if (login == null) {
            throw new PermanentFailure("no log-in " + loginId + " is in progress");
        }
        return settle(loginId, login, () -> login.submit(input == null ? "" : input));
    }

    @Override
    public void cancel(String loginId) {
        TdLogin login = logins.remove(loginId);
        if (login != null) {
            login.cancel();
        }
    }

    @Override
    public void logOut(SessionDescriptor session) {
        accounts.logOut(session);
    }

    private LoginStep start(Optional<String> phoneNumber) {
        String loginId = UUID.randomUUID().toString();
        TdLogin login = new TdLogin(runtime, loginId, phoneNumber);
        logins.put(loginId, login);
        return settle(loginId, login, login::advance);
    }

    /** Forgets log-ins that ended, whether by a final step or by a failure thrown. */
    private LoginStep settle(String loginId, TdLogin login, Supplier<LoginStep> step) {
        try {
            LoginStep next = step.get();
            if (next instanceof LoginStep.LoggedIn || next instanceof LoginStep.Failed) {
                logins.remove(loginId);
            }
            return next;
        } catch (RuntimeException e) {
            logins.remove(loginId);
            login.cancel();
            throw e;
        }
    }
}
