package io.telegate.sandbox;

import io.telegate.ports.model.ChatRef;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The one namespace of public usernames shared by users, bots and chats, case-insensitive. */
final class Usernames {

    private final Map<String, Long> owners = new ConcurrentHashMap<>();

    /** Claims a username for a user, bot or chat id; returns the name without {@code @}. */
    String claim(String username, long ownerId) {
        String name = new ChatRef.Username(username.startsWith("@") ? username.substring(1) : username).name();
        Long previous = owners.putIfAbsent(name.toLowerCase(), ownerId);
        if (previous != null && previous != ownerId) {
            throw new IllegalArgumentException("username @" + name + " is already taken");
        }
        return name;
    }

    Optional<Long> owner(String username) {
        String name = username.startsWith("@") ? username.substring(1) : username;
        return Optional.ofNullable(owners.get(name.toLowerCase()));
    }
}
