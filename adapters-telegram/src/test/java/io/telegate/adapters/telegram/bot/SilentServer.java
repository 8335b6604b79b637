package io.telegate.adapters.telegram.bot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server that accepts connections and reads what arrives, but never answers: a hung Bot API. */
final class SilentServer implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream arrived = new ByteArrayOutputStream();

    SilentServer() throws IOException {
        Thread.ofVirtual().name("silent-server").start(this::acceptForever);
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    static int unusedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    BotApiConfig config() {
        return BotApiConfig.defaults(URI.create("http://127.0.0.1:" + listener.getLocalPort()));
    }

    /** Everything clients sent, as text. */
    String arrived() {
        synchronized (arrived) {
            return arrived.toString(StandardCharsets.UTF_8);
        }
    }

    private void acceptForever() {
        try {
            while (!listener.isClosed()) {
                Socket connection = listener.accept();
                connections.add(connection);
                Thread.ofVirtual().start(() -> readForever(connection));
            }
        } catch (IOException closed) {
            // the listener was closed: the server is stopping
        }
    }

    private void readForever(Socket connection) {
        byte[] buffer = new byte[8_192];
        try (InputStream in = connection.getInputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                synchronized (arrived) {
                    arrived.write(buffer, 0, read);
                }
            }
        } catch (IOException closed) {
            // the client gave up or the server is stopping
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
