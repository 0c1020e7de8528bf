package dev.procura.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointAddressesTest {

    @Test
    void httpAndHttpsUrlsWithAHostAreTaken() {
        assertEquals(Optional.empty(), EndpointAddresses.problem("https://erp.example.com/inbox"));
        assertEquals(Optional.empty(), EndpointAddresses.problem("http://127.0.0.1:8080/x?y=1"));
    }

    @Test
    void otherSchemesAreRefused() {
        assertEquals(Optional.of("must be an http or https URL"), EndpointAddresses.problem("file:///etc/passwd"));
        assertEquals(Optional.of("must be an http or https URL"), EndpointAddresses.problem("gopher://x/"));
        assertEquals(Optional.of("must be an http or https URL"), EndpointAddresses.problem("/relative/path"));
    }

    @Test
    void malformedUrlsUserInfoAndMissingHostsAreRefused() {
        assertEquals(Optional.of("must be a valid URL"), EndpointAddresses.problem("http://exa mple.com/"));
        assertTrue(EndpointAddresses.problem("https://user:pw@erp.example.com/").isPresent());
        assertEquals(Optional.of("must name a host"), EndpointAddresses.problem("https:///path"));
    }

    @Test
    void localAndPrivateAddressesAreNotPublic() throws UnknownHostException {
        for (String address : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "::1",
            "fe80::1",
            "fd00::1"
        }) {
            assertFalse(EndpointAddresses.isPublic(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void publicAddressesArePublic() throws UnknownHostException {
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946"}) {
            assertTrue(EndpointAddresses.isPublic(InetAddress.getByName(address)), address);
        }
    }
}
