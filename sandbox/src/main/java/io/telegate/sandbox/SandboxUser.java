package io.telegate.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * A user account of the sandbox.
 *
 * @param id        the user's id, also the id of the user's private chat
 * @param firstName display name
 * @param username  public username without {@code @}
 * @param phone     phone number in international format, used by phone log-in
 * @param password  the two-step verification password, when the account has one
 * @param hint      the password hint shown at log-in
 */
public record SandboxUser(long id, String firstName, Optional<String> username, Optional<String> phone,
                          Optional<String> password, Optional<String> hint) {

    public SandboxUser {
        if (id <= 0) {
            throw new IllegalArgumentException("a user id must be positive, was " + id);
        }
        Objects.requireNonNull(firstName, "first_name");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hint, "hint");
        if (firstName.isBlank()) {
            throw new IllegalArgumentException("first_name is blank");
        }
    }

    @Override
    public String toString() {
        return "SandboxUser[id=" + id + ", firstName=" + firstName + ", username=" + username + "]";
    }
}
