package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tenant database passwords sealed with AES-GCM under the master key. */
class MasterKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder()
            .encodeToString("another key of exactly 32 bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static MasterKey masterKey(String mode, String configured) {
        MasterKey key = new MasterKey();
        key.mode = mode;
        key.configuredKey = Optional.ofNullable(configured);
        key.load();
        return key;
    }

    @Test
    void whatIsEncryptedDecryptsToTheSameTextAndNeverLooksTheSameTwice() {
        MasterKey key = masterKey("prod", " " + KEY + "\n");

        String once = key.encrypt("pässwörd-1");
        String twice = key.encrypt("pässwörd-1");

        assertNotEquals(once, twice, "a fresh IV each time");
        assertEquals("pässwörd-1", key.decrypt(once));
        assertEquals("pässwörd-1", key.decrypt(twice));
        assertEquals(
                12 + "pässwörd-1".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16,
                Base64.getDecoder().decode(once).length,
                "IV, ciphertext and tag");
    }

    @Test
    void anotherKeyOrAlteredBytesCannotDecrypt() {
        String sealed = masterKey("prod", KEY).encrypt("secret");
        byte[] altered = Base64.getDecoder().decode(sealed);
        altered[altered.length - 1] ^= 1;

        IllegalStateException wrongKey = assertThrows(
                IllegalStateException.class, () -> masterKey("prod", OTHER_KEY).decrypt(sealed));
        assertThrows(
                IllegalStateException.class,
                () -> masterKey("prod", KEY).decrypt(Base64.getEncoder().encodeToString(altered)));

        assertTrue(wrongKey.getMessage().contains("wrong procura.tenants.master-key?"), wrongKey.getMessage());
    }

    @Test
    void aKeyThatIsNot32BytesIsRefused() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> masterKey("prod", Base64.getEncoder().encodeToString(new byte[16])));

        assertEquals("procura.tenants.master-key must be 32 bytes, base64-encoded", refused.getMessage());
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> masterKey("prod", " "));

        assertEquals("procura.tenants.master-key is required in production", refused.getMessage());
    }

    @Test
    void developmentKeepsAGeneratedKeyInTheHomeDirectoryAndReusesIt(@TempDir Path home) throws Exception {
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            String sealed = masterKey("dev", null).encrypt("secret");
            Path file = home.resolve(".procura/dev-master-key");

            assertEquals("secret", masterKey("dev", null).decrypt(sealed), "the same key at the next start");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            assertEquals(32, Base64.getDecoder().decode(Files.readString(file)).length);
            assertEquals("secret", masterKey("prod", Files.readString(file)).decrypt(sealed));
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void aDevelopmentKeyThatCannotBeKeptSaysWhere(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve(".procura"), "a file where the directory should be");
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            java.io.UncheckedIOException refused =
                    assertThrows(java.io.UncheckedIOException.class, () -> masterKey("dev", null));

            assertTrue(
                    refused.getMessage()
                            .contains(home.resolve(".procura/dev-master-key").toString()),
                    refused.getMessage());
        } finally {
            System.setProperty("user.home", realHome);
        }
    }
}
