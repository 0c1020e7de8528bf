package dev.procura.integrations;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Guards against requests to places an endpoint URL should not reach (SSRF): only absolute http
 * and https URLs with a host and no user info are taken; at send time, unless private networks are
 * allowed (development, or {@code procura.integrations.allow-private-networks=true}), a host that
 * resolves to a loopback, private, link-local, unique-local, wildcard or multicast address is
 * refused. Redirects are never followed.
 */
final class EndpointAddresses {

    private EndpointAddresses() {}

    /** Why the URL cannot be an endpoint, or empty when it can. */
    static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not hold user info; use bearer_token or hmac_secret");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        return Optional.empty();
    }

    /** Whether a request may go to this address when private networks are not allowed. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // carrier-grade NAT 100.64/10 and the 0/8 "this network" block
        return first != 0 && !(first == 100 && second >= 64 && second < 128);
    }
}
