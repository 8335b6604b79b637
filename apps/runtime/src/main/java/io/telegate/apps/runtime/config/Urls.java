package io.telegate.apps.runtime.config;

import java.util.regex.Pattern;

/** Hides the password of {@code scheme://user:password@host} URLs before they are shown. */
final class Urls {

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:]*):[^/@]*@");

    private Urls() {
    }

    static String withoutPassword(String value) {
        return USER_INFO.matcher(value).replaceFirst("$1:***@");
    }
}
