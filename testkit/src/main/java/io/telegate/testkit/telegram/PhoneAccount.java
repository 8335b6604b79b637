package io.telegate.testkit.telegram;

import java.util.Objects;

/** A user account a {@link TelegramFixture} created that can log in by phone. */
public record PhoneAccount(long userId, String phone) {

    public PhoneAccount {
        Objects.requireNonNull(phone, "phone");
    }
}
