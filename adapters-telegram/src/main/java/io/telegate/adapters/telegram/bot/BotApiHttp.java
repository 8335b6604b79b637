package io.telegate.adapters.telegram.bot;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks the one OkHttp client every bot's Bot API calls share. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface BotApiHttp {
}
