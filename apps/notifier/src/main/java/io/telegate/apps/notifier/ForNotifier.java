package io.telegate.apps.notifier;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks the event publisher the notifier announces final task states on, apart from other runtimes' in the demo. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface ForNotifier {
}
