package dev.procura.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final String PROXY = "10.0.0.1";
    private static final List<String> TRUSTED = List.of(PROXY, "10.0.0.2");

    @Test
    void untrustedPeerIgnoresForwardedFor() {
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", TRUSTED));
    }

    @Test
    void trustedPeerTakesRightMostUntrustedHop() {
        String forwardedFor = "1.1.1.1, 203.0.113.7, 10.0.0.2";

        assertEquals("203.0.113.7", ClientAddress.resolve(PROXY, forwardedFor, TRUSTED));
    }

    @Test
    void clientCannotSpoofAddressByPrependingHops() {
        String forwardedFor = "6.6.6.6,203.0.113.7";

        assertEquals("203.0.113.7", ClientAddress.resolve(PROXY, forwardedFor, TRUSTED));
    }

    @Test
    void allHopsTrustedFallsBackToPeer() {
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "10.0.0.2, 10.0.0.1", TRUSTED));
    }

    @Test
    void garbageCharactersAreStrippedFromForwardedAddress() {
        assertEquals("203.0.113.7", ClientAddress.resolve(PROXY, "203.0.113.7\r\n<x>\"';", TRUSTED));
    }

    @Test
    void ipv6ForwardedAddressIsKept() {
        assertEquals("2001:db8::1", ClientAddress.resolve(PROXY, "2001:db8::1", TRUSTED));
    }

    @Test
    void hopWithNoAddressCharactersBecomesInvalid() {
        assertEquals("invalid", ClientAddress.resolve(PROXY, "<xyz>", TRUSTED));
    }

    @Test
    void blankOrMissingForwardedForYieldsPeer() {
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "   ", TRUSTED));
        assertEquals(PROXY, ClientAddress.resolve(PROXY, null, TRUSTED));
    }

    @Test
    void noTrustedProxiesAlwaysYieldsPeer() {
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "203.0.113.7", List.of()));
    }
}
