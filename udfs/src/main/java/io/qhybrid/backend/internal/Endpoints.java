package io.qhybrid.backend.internal;

import io.qhybrid.error.QHybridErrors;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The transport rule for every client: https anywhere, plain http only to this machine. */
public final class Endpoints {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private Endpoints() {}

    /** The endpoint with any trailing slash removed, or a USER_ERROR when it is not allowed. */
    public static URI requireSafe(String what, URI endpoint) {
        if (endpoint == null || endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw QHybridErrors.invalidConfig(what, endpoint, "Give an absolute https:// URL.");
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !LOOPBACK.contains(host)) {
            throw QHybridErrors.invalidConfig(what, endpoint,
                    "Plain http:// would send credentials in clear text; it is allowed only to loopback "
                            + "(127.0.0.1, localhost) for the emulator. Use https://.");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw QHybridErrors.invalidConfig(what, endpoint, "Use an https:// URL.");
        }
        String text = endpoint.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
