package io.telegate.core.planted;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Planted violation: the core reaches the network. */
public final class CoreResolvesHosts {
    public String resolve(String host) throws UnknownHostException {
        return InetAddress.getByName(host).getHostAddress();
    }
}
