package io.telegate.adapters.telegram.tdlib;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;

/** The JNA mapping of {@code libtdjson}'s functions; strings cross as UTF-8 (the library is loaded so). */
interface TdJsonLibrary extends Library {

    int td_create_client_id();

    void td_send(int clientId, String request);

    String td_receive(double timeout);

    String td_execute(String request);

    void td_set_log_message_callback(int maxVerbosityLevel, LogMessageCallback callback);

    /**
     * TDLib's {@code td_log_message_callback_ptr}. The message is taken as a pointer and decoded as UTF-8 by hand:
     * JNA decodes callback strings with the platform encoding, which mangles non-ASCII text under a C locale.
     */
    interface LogMessageCallback extends Callback {
        void invoke(int verbosityLevel, Pointer message);
    }
}
