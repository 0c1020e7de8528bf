package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionServiceTest {

    @Test
    void hashIsDeterministic() {
        assertEquals(SessionService.hash("refresh-token-1"), SessionService.hash("refresh-token-1"));
    }

    @Test
    void hashIsSha256AsLowerCaseHex() {
        String hash = SessionService.hash("refresh-token-1");

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SessionService.hash("abc"));
    }

    @Test
    void differentTokensHashDifferently() {
        assertNotEquals(SessionService.hash("refresh-token-1"), SessionService.hash("refresh-token-2"));
    }
}
