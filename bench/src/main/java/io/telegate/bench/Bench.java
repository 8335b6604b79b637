package io.telegate.bench;

import java.util.Arrays;

/** Runs one named benchmark ({@code fetcher}, {@code monitor}, ...) with its arguments. Prints a table. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (name) {
            case "fetcher" -> FetcherBench.run(rest);
            case "monitor" -> MonitorBench.run(rest);
            case "notifier" -> NotifierBench.run(rest);
            default -> {
                System.err.println("usage: bench fetcher [messages=1000000] [days=365] [concurrency=4]");
                System.err.println("       bench monitor [chats=1000] [sessions=20] [rate=500] [seconds=20] [rabbitmq|memory]");
                System.err.println("       bench notifier [bots=100] [chats=1000] [tasks=100000]");
                System.exit(2);
            }
        }
    }
}
