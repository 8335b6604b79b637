package io.telegate.core.notify;

import java.time.Instant;
import java.util.Objects;

/** A rate limiter's answer: send now (the send is counted), or not before a given instant. */
public sealed interface Admission {

    /** Send now; the limiter has counted it. */
    record Admitted() implements Admission {
    }

    /** Do not send before {@code at}; nothing was counted. */
    record NotBefore(Instant at) implements Admission {
        public NotBefore {
            Objects.requireNonNull(at, "at");
        }
    }
}
