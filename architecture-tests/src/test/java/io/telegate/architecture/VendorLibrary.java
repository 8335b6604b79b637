package io.telegate.architecture;

import java.util.List;

/** A third-party library Telegate confines to the few modules that speak its technology. */
enum VendorLibrary {
    JACKSON("Jackson", "com.fasterxml.jackson.."),
    JAVALIN("Javalin", "io.javalin.."),
    JETTY("Jetty", "org.eclipse.jetty.."),
    SERVLET_API("the Servlet API", "jakarta.servlet.."),
    LETTUCE("Lettuce", "io.lettuce.."),
    NETTY("Netty", "io.netty.."),
    REACTOR("Reactor", "reactor.."),
    RABBITMQ("the RabbitMQ client", "com.rabbitmq.."),
    JDBI("Jdbi", "org.jdbi.."),
    HIKARI("HikariCP", "com.zaxxer.hikari.."),
    FLYWAY("Flyway", "org.flywaydb.."),
    POSTGRESQL("the PostgreSQL driver", "org.postgresql.."),
    H2("H2", "org.h2.."),
    TELEGRAMBOTS("telegrambots", "org.telegram.."),
    // OkHttp's public API hands out Okio sources and sinks, so Okio comes with it.
    OKHTTP("OkHttp", "okhttp3..", "okio.."),
    JNA("JNA", "com.sun.jna.."),
    MICROMETER("Micrometer", "io.micrometer.."),
    PROMETHEUS("the Prometheus client", "io.prometheus.."),
    NIMBUS("Nimbus JOSE+JWT", "com.nimbusds.."),
    LOGBACK("Logback", "ch.qos.logback.."),
    DOTENV("dotenv-java", "io.github.cdimascio..");

    private final String displayName;
    private final List<String> packages;

    VendorLibrary(String displayName, String... packages) {
        this.displayName = displayName;
        this.packages = List.of(packages);
    }

    String displayName() {
        return displayName;
    }

    /** ArchUnit package patterns of the library. */
    List<String> packages() {
        return packages;
    }
}
