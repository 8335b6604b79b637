package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The real libtdjson with the network switched off: before each {@code setTdlibParameters} it sends
 * {@code setNetworkType(networkTypeNone)}, which TDLib holds until the parameters are set and applies before it
 * would open its first connection to Telegram.
 *
 * <p>Offline tests must not reach for Telegram: where the network answers connections to Telegram's data centers
 * with something else (as on the development and CI machines), a client closed while TDLib handshakes with that
 * answer can leave an actor behind, and TDLib aborts the whole process when it then tears its scheduler down.
 * There is one instance per process, because the adapter keeps one receive loop per transport and TDLib allows one.
 */
final class TdOfflineTransport implements TdJson {

    private static TdOfflineTransport instance;

    private final NativeTdJson library;

    private TdOfflineTransport(NativeTdJson library) {
        this.library = library;
    }

    static synchronized TdOfflineTransport instance() {
        if (instance == null) {
            instance = new TdOfflineTransport(TdNativeLibrary.load());
        }
        return instance;
    }

    @Override
    public int createClientId() {
        return library.createClientId();
    }

    @Override
    public void send(int clientId, String request) {
        if (TdObjects.is(TdObjects.parse(request), "setTdlibParameters")) {
            ObjectNode noNetwork = TdObjects.request("setNetworkType");
            noNetwork.set("type", TdObjects.object("networkTypeNone"));
            library.send(clientId, TdObjects.write(noNetwork));
        }
        library.send(clientId, request);
    }

    @Override
    public Optional<String> receive(double timeoutSeconds) {
        return library.receive(timeoutSeconds);
    }

    @Override
    public String execute(String request) {
        return library.execute(request);
    }
}
