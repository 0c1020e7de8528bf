package dev.procura.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the current request comes from: the direct peer, unless that peer is a configured trusted
 * proxy ({@code procura.login.trusted-proxies}), in which case the right-most untrusted address of
 * {@code X-Forwarded-For}. Clients cannot pick their address by sending the header themselves.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "procura.login.trusted-proxies")
    Optional<List<String>> trustedProxies;

    public String address() {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies.orElse(List.of()));
    }

    public String userAgent() {
        String agent = request.getHeader("User-Agent");
        return agent == null ? null : agent.substring(0, Math.min(agent.length(), 300));
    }

    static String resolve(String peerAddress, String forwardedFor, List<String> trusted) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(peerAddress)) {
            return peerAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return sanitize(hops.get(i));
            }
        }
        return peerAddress;
    }

    private static String sanitize(String address) {
        String clean = address.replaceAll("[^0-9A-Fa-f.:]", "");
        return clean.isEmpty() ? "invalid" : clean.substring(0, Math.min(clean.length(), 45));
    }
}
