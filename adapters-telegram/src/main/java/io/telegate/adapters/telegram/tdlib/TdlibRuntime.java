package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the TDLib adapters share: the configuration, the clock, and the transport with its receive loop. The
 * transport is obtained on first use, so building the object graph loads no native library.
 */
public final class TdlibRuntime {

    private final TdlibConfig config;
    private final Clock clock;
    private final Supplier<TdJson> transport;
    private TdDispatcher dispatcher;

    public TdlibRuntime(TdlibConfig config, Clock clock, Supplier<TdJson> transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The runtime over the real libtdjson found through the configuration, logging into SLF4J. */
    public static TdlibRuntime nativeLibrary(TdlibConfig config, Clock clock) {
        return new TdlibRuntime(config, clock,
                () -> NativeTdJson.load(config.libraryPath(), config.logVerbosity(), new Slf4jTdLogSink()));
    }

    public TdlibConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    synchronized TdDispatcher dispatcher() {
        if (dispatcher == null) {
            dispatcher = TdDispatcher.of(transport.get(), config.pollTimeout());
        }
        return dispatcher;
    }

    /** Opens a TDLib client whose updates go to {@code updates}. */
    TdClient openClient(Consumer<ObjectNode> updates) {
        return TdClient.open(dispatcher(), config.requestTimeout(), updates);
    }
}
