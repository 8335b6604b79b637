package io.telegate.adapters.telegram.tdlib;

/** Where TDLib's own log messages go; called from TDLib's threads, so it must be quick and must not call TDLib. */
@FunctionalInterface
public interface TdLogSink {

    /** One message at TDLib's verbosity level (0 fatal, 1 error, 2 warning, 3 info, 4 debug, 5 and up verbose). */
    void log(int verbosityLevel, String message);
}
