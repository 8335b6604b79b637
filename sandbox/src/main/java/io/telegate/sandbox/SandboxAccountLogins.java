package io.telegate.sandbox;

import io.telegate.ports.model.LoginStep;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.PermanentFailure;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log-ins against the sandbox: by phone with the fixed code {@value TelegramSandbox#LOGIN_CODE} (then the password
 * when the account has one), or by a QR link that the control operation "scan QR as user" confirms.
 */
final class SandboxAccountLogins implements AccountLogins {

    static final Duration QR_LIFETIME = Duration.ofSeconds(30);

    private final Map<String, PendingLogin> logins = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Users users;
    private final Sessions sessions;
    private final Clock clock;

    SandboxAccountLogins(Users users, Sessions sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public LoginStep startWithPhone(String phoneNumber) {
        String id = UUID.randomUUID().toString();
        Optional<SandboxUser> user;
        try {
            user = users.byPhone(phoneNumber);
        } catch (IllegalArgumentException e) {
            return new LoginStep.Failed(id, "PHONE_NUMBER_INVALID");
        }
        if (user.isEmpty()) {
            return new LoginStep.Failed(id, "PHONE_NUMBER_UNOCCUPIED");
        }
        logins.put(id, new PendingLogin(id, PendingLogin.Stage.CODE, user.get().id()));
        return new LoginStep.WaitCode(id, "app");
    }

    @Override
    public LoginStep startWithQr() {
        PendingLogin login = new PendingLogin(UUID.randomUUID().toString(), PendingLogin.Stage.QR_SCAN, 0);
        logins.put(login.id, login);
        return renewQr(login);
    }

    @Override
    public LoginStep submit(String loginId, String input) {
        PendingLogin login = logins.get(loginId);
        if (login == null) {
            throw new PermanentFailure("no log-in " + loginId + " is in progress");
        }
        synchronized (login) {
            return switch (login.stage) {
                case CODE -> TelegramSandbox.LOGIN_CODE.equals(input.strip()) ? afterCode(login)
                        : wrong(login, new LoginStep.WaitCode(login.id, "app"), "PHONE_CODE_INVALID");
                case PASSWORD -> users.require(login.userId).password().orElse("").equals(input)
                        ? loggedIn(login) : wrong(login, waitPassword(login), "PASSWORD_HASH_INVALID");
                case QR_SCAN -> pollQr(login);
            };
        }
    }

    @Override
    public void cancel(String loginId) {
        logins.remove(loginId);
    }

    @Override
    public void logOut(SessionDescriptor session) {
        sessions.find(session.id()).ifPresent(SessionState::revoke);
    }

    /** Confirms a QR log-in as if the user scanned {@code link} (or its bare token) in a logged-in app. */
    void scanQr(String link, long userId) {
        users.require(userId);
        String token = link.replaceFirst("^tg://login\\?token=", "");
        PendingLogin login = logins.values().stream().filter(l -> token.equals(l.qrToken)).findFirst()
                .orElseThrow(() -> new SandboxNotFoundException("no QR log-in waits for this code"));
        synchronized (login) {
            if (!clock.instant().isBefore(login.qrExpiresAt)) {
                throw new IllegalArgumentException("this QR code has expired; poll the log-in for a new one");
            }
            login.userId = userId;
        }
    }

    private LoginStep pollQr(PendingLogin login) {
        if (login.userId != 0) {
            return afterCode(login);
        }
        return clock.instant().isBefore(login.qrExpiresAt)
                ? new LoginStep.WaitQrScan(login.id, "tg://login?token=" + login.qrToken, login.qrExpiresAt)
                : renewQr(login);
    }

    private LoginStep renewQr(PendingLogin login) {
        byte[] token = new byte[24];
        random.nextBytes(token);
        login.qrToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        login.qrExpiresAt = clock.instant().plus(QR_LIFETIME);
        return new LoginStep.WaitQrScan(login.id, "tg://login?token=" + login.qrToken, login.qrExpiresAt);
    }

    private LoginStep afterCode(PendingLogin login) {
        if (users.require(login.userId).password().isPresent()) {
            login.stage = PendingLogin.Stage.PASSWORD;
            login.triesLeft = PendingLogin.TRIES;
            return waitPassword(login);
        }
        return loggedIn(login);
    }

    private LoginStep waitPassword(PendingLogin login) {
        return new LoginStep.WaitPassword(login.id, users.require(login.userId).hint());
    }

    private LoginStep loggedIn(PendingLogin login) {
        logins.remove(login.id);
        return new LoginStep.LoggedIn(login.id, sessions.create(login.userId, null, null, null), login.userId);
    }

    private LoginStep wrong(PendingLogin login, LoginStep again, String reason) {
        if (--login.triesLeft > 0) {
            return again;
        }
        logins.remove(login.id);
        return new LoginStep.Failed(login.id, reason);
    }
}
