package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * The {@code setTdlibParameters} request of a session: its own database directory, the chat-info cache on (so
 * numeric chat ids resolve after a restart), no message or secret-chat database.
 */
final class TdParameters {

    static final String DEVICE_MODEL = "Telegate";
    static final String APPLICATION_VERSION = "0.1.0";

    private TdParameters() {
    }

    /** The parameters for the session kept in {@code databaseDirectory}, with this api hash. */
    static ObjectNode forSession(TdlibConfig config, Path databaseDirectory, String apiHash) {
        return TdObjects.request("setTdlibParameters")
                .put("use_test_dc", config.useTestDc())
                .put("database_directory", databaseDirectory.toAbsolutePath().toString())
                .put("files_directory", databaseDirectory.resolve("files").toAbsolutePath().toString())
                .put("database_encryption_key", "")
                .put("use_file_database", false)
                .put("use_chat_info_database", true)
                .put("use_message_database", false)
                .put("use_secret_chats", false)
                .put("api_id", config.apiId())
                .put("api_hash", apiHash.isBlank() ? config.apiHash() : apiHash)
                .put("system_language_code", "en")
                .put("device_model", DEVICE_MODEL)
                .put("system_version", System.getProperty("os.name", "Linux"))
                .put("application_version", APPLICATION_VERSION);
    }
}
