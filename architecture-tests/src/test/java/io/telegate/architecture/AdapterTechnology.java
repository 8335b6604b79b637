package io.telegate.architecture;

import static io.telegate.architecture.VendorLibrary.FLYWAY;
import static io.telegate.architecture.VendorLibrary.H2;
import static io.telegate.architecture.VendorLibrary.HIKARI;
import static io.telegate.architecture.VendorLibrary.JACKSON;
import static io.telegate.architecture.VendorLibrary.JAVALIN;
import static io.telegate.architecture.VendorLibrary.JDBI;
import static io.telegate.architecture.VendorLibrary.JETTY;
import static io.telegate.architecture.VendorLibrary.JNA;
import static io.telegate.architecture.VendorLibrary.LETTUCE;
import static io.telegate.architecture.VendorLibrary.MICROMETER;
import static io.telegate.architecture.VendorLibrary.NETTY;
import static io.telegate.architecture.VendorLibrary.NIMBUS;
import static io.telegate.architecture.VendorLibrary.OKHTTP;
import static io.telegate.architecture.VendorLibrary.POSTGRESQL;
import static io.telegate.architecture.VendorLibrary.PROMETHEUS;
import static io.telegate.architecture.VendorLibrary.RABBITMQ;
import static io.telegate.architecture.VendorLibrary.REACTOR;
import static io.telegate.architecture.VendorLibrary.SERVLET_API;
import static io.telegate.architecture.VendorLibrary.TELEGRAMBOTS;

import java.util.List;
import java.util.stream.Collectors;

/** One adapter module, {@code io.telegate.adapters.<name>}, and the vendor libraries it may speak. */
enum AdapterTechnology {
    TELEGRAM("telegram", TELEGRAMBOTS, OKHTTP, JNA, JACKSON),
    RABBITMQ_ADAPTER("rabbitmq", RABBITMQ),
    REDIS("redis", LETTUCE, NETTY, REACTOR),
    // java.sql and javax.sql are allowed to every adapter as part of the JDK.
    JDBC("jdbc", JDBI, HIKARI, FLYWAY, POSTGRESQL, H2),
    HTTP("http", JAVALIN, JACKSON, JETTY, NIMBUS, SERVLET_API),
    FILES("files", JACKSON),
    JSON("json", JACKSON),
    METRICS("metrics", MICROMETER, PROMETHEUS);

    private final String technology;
    private final List<VendorLibrary> libraries;

    AdapterTechnology(String technology, VendorLibrary... libraries) {
        this.technology = technology;
        this.libraries = List.of(libraries);
    }

    String technology() {
        return technology;
    }

    /** The ArchUnit pattern of the adapter's own packages, e.g. {@code io.telegate.adapters.redis..}. */
    String packagePattern() {
        return "io.telegate.adapters." + technology + "..";
    }

    List<VendorLibrary> libraries() {
        return libraries;
    }

    boolean uses(VendorLibrary library) {
        return libraries.contains(library);
    }

    String libraryNames() {
        return libraries.stream().map(VendorLibrary::displayName).collect(Collectors.joining(", "));
    }
}
