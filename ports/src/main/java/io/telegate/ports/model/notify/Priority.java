package io.telegate.ports.model.notify;

/** Delivery priority of a notification: higher goes first when a bot is rate limited. */
public enum Priority {
    HIGH,
    NORMAL,
    LOW
}
