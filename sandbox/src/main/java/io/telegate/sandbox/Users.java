package io.telegate.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The user accounts of the sandbox, by id and by phone number. */
final class Users {

    private final Map<Long, SandboxUser> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> byPhone = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(100_000_000L);
    private final Usernames usernames;

    Users(Usernames usernames) {
        this.usernames = usernames;
    }

    /** Adds a user; {@code id == 0} picks a free id. */
    synchronized SandboxUser add(long id, String firstName, Optional<String> username, Optional<String> phone,
                                 Optional<String> password, Optional<String> hint) {
        long userId = id != 0 ? id : freeId();
        if (byId.containsKey(userId)) {
            throw new IllegalArgumentException("user " + userId + " already exists");
        }
        Optional<String> phoneDigits = phone.map(Users::digits);
        if (phoneDigits.isPresent() && byPhone.containsKey(phoneDigits.get())) {
            throw new IllegalArgumentException("phone number " + phone.get() + " is already registered");
        }
        Optional<String> name = username.map(u -> usernames.claim(u, userId));
        SandboxUser user = new SandboxUser(userId, firstName, name, phone, password, hint);
        byId.put(userId, user);
        phoneDigits.ifPresent(digits -> byPhone.put(digits, userId));
        return user;
    }

    Optional<SandboxUser> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    SandboxUser require(long id) {
        return find(id).orElseThrow(() -> new SandboxNotFoundException("no user " + id));
    }

    Optional<SandboxUser> byPhone(String phone) {
        return Optional.ofNullable(byPhone.get(digits(phone))).map(byId::get);
    }

    void setPassword(long id, Optional<String> password, Optional<String> hint) {
        byId.computeIfPresent(id, (key, u) -> new SandboxUser(u.id(), u.firstName(), u.username(), u.phone(),
                password, hint));
    }

    private long freeId() {
        long candidate = nextId.incrementAndGet();
        while (byId.containsKey(candidate)) {
            candidate = nextId.incrementAndGet();
        }
        return candidate;
    }

    private static String digits(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 5) {
            throw new IllegalArgumentException("not a phone number: '" + phone + "'");
        }
        return digits;
    }
}
