package io.telegate.apps.monitor;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks the command queue and event publisher of live monitoring, so an app that also runs other runtimes (the
 * demo runs the fetcher too) keeps seed 000's queues apart from theirs.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface ForMonitor {
}
