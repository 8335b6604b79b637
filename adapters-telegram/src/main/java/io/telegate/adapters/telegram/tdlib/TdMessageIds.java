package io.telegate.adapters.telegram.tdlib;

/**
 * TDLib's message ids and Telegram's: TDLib shifts a server message id left by 20 bits and uses the low bits for
 * messages that are not (yet) on the server, which have no Telegram id.
 */
final class TdMessageIds {

    private static final int SHIFT = 20;
    private static final long LOCAL_BITS = (1L << SHIFT) - 1;

    private TdMessageIds() {
    }

    /** True for a message the server has (a positive id with none of the local bits set). */
    static boolean isServer(long tdlibId) {
        return tdlibId > 0 && (tdlibId & LOCAL_BITS) == 0;
    }

    /** Telegram's id of a server message. */
    static long toTelegram(long tdlibId) {
        if (!isServer(tdlibId)) {
            throw new IllegalArgumentException("TDLib message " + tdlibId + " is not a server message");
        }
        return tdlibId >> SHIFT;
    }

    /** TDLib's id of the server message with Telegram's id {@code telegramId}. */
    static long toTdlib(long telegramId) {
        if (telegramId <= 0 || telegramId > (Long.MAX_VALUE >> SHIFT)) {
            throw new IllegalArgumentException("not a Telegram message id: " + telegramId);
        }
        return telegramId << SHIFT;
    }
}
