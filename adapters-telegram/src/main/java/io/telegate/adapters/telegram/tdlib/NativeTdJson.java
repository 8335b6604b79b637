package io.telegate.adapters.telegram.tdlib;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TdJson} over the real libtdjson through JNA, loaded once per process and library file.
 *
 * <p>Loading configures TDLib's process-wide logging before any client exists: the stderr stream is switched off,
 * the verbosity set, and a log message callback routes messages into the {@link TdLogSink}. The callback object is
 * kept in a field for as long as the library is loaded: TDLib holds only its native pointer.
 */
public final class NativeTdJson implements TdJson {

    private static final Map<String, NativeTdJson> LOADED = new HashMap<>();

    private final TdJsonLibrary library;
    private final TdJsonLibrary.LogMessageCallback logCallback;

    private NativeTdJson(TdJsonLibrary library, int verbosity, TdLogSink sink) {
        this.library = library;
        this.logCallback = (level, message) -> sink.log(level, message.getString(0, StandardCharsets.UTF_8.name()));
        library.td_execute("{\"@type\":\"setLogStream\",\"log_stream\":{\"@type\":\"logStreamEmpty\"}}");
        library.td_execute("{\"@type\":\"setLogVerbosityLevel\",\"new_verbosity_level\":" + verbosity + "}");
        library.td_set_log_message_callback(verbosity, logCallback);
    }

    /**
     * Loads libtdjson from {@code libraryPath} (or JNA's library path when empty), or returns the instance already
     * loaded from there (whose log settings, from the first load, stay); throws {@link TdlibUnavailableException}
     * with one line saying what to do when it is missing.
     */
    public static synchronized NativeTdJson load(Optional<Path> libraryPath, int verbosity, TdLogSink sink) {
        Objects.requireNonNull(sink, "log sink");
        String location = TdLibraryLocator.locate(libraryPath);
        NativeTdJson loaded = LOADED.get(location);
        if (loaded == null) {
            loaded = new NativeTdJson(bind(location), verbosity, sink);
            LOADED.put(location, loaded);
        }
        return loaded;
    }

    private static TdJsonLibrary bind(String location) {
        try {
            return Native.load(location, TdJsonLibrary.class,
                    Map.of(Library.OPTION_STRING_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (UnsatisfiedLinkError missing) {
            String where = location.equals(TdLibraryLocator.LIBRARY_NAME)
                    ? "on the JNA library path (TDLIB_PATH is not set)" : "at " + location;
            throw new TdlibUnavailableException("TDLib's libtdjson could not be loaded " + where + ": "
                    + firstLine(missing.getMessage()) + "; " + TdLibraryLocator.HOW_TO_GET_IT, missing);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    @Override
    public int createClientId() {
        return library.td_create_client_id();
    }

    @Override
    public void send(int clientId, String request) {
        library.td_send(clientId, request);
    }

    @Override
    public Optional<String> receive(double timeoutSeconds) {
        return Optional.ofNullable(library.td_receive(timeoutSeconds));
    }

    @Override
    public String execute(String request) {
        return library.td_execute(request);
    }
}
