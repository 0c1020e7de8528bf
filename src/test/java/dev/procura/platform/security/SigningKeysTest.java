package dev.procura.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static PrivateKey key;

    @TempDir
    Path directory;

    @BeforeAll
    static void generateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair().getPrivate();
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** Signing keys as configured: mode, the PEM itself, its file, and the development key file. */
    static SigningKeys keys(String mode, String pemText, String pemLocation, Path devKeyFile) {
        SigningKeys keys = new SigningKeys();
        keys.mode = mode;
        keys.pem = Optional.ofNullable(pemText);
        keys.pemLocation = Optional.ofNullable(pemLocation);
        keys.devKeyFile = devKeyFile.toString();
        keys.load();
        return keys;
    }

    @Test
    void pkcs8PemParsesToTheSameKey() throws Exception {
        PrivateKey parsed = SigningKeys.parsePem(pem("PRIVATE KEY", key.getEncoded()));

        assertArrayEquals(key.getEncoded(), parsed.getEncoded());
    }

    @Test
    void pkcs1PemIsRefusedWithConversionHint() {
        GeneralSecurityException refused = assertThrows(
                GeneralSecurityException.class, () -> SigningKeys.parsePem(pem("RSA PRIVATE KEY", key.getEncoded())));

        assertTrue(refused.getMessage().contains("openssl pkcs8"), refused.getMessage());
    }

    @Test
    void theConfiguredKeySignsAsRs256UnderItsThumbprint() throws Exception {
        RsaJsonWebKey signing = keys(
                        "prod", pem("PRIVATE KEY", key.getEncoded()), null, directory.resolve("unused.pem"))
                .signingKey();

        assertArrayEquals(key.getEncoded(), signing.getPrivateKey().getEncoded());
        assertEquals(signing.calculateBase64urlEncodedThumbprint("SHA-256"), signing.getKeyId());
        assertEquals("RS256", signing.getAlgorithm());
        assertEquals("sig", signing.getUse());
        assertFalse(Files.exists(directory.resolve("unused.pem")), "no development key in production");
    }

    @Test
    void aKeyFileIsReadWhenNoKeyIsGivenInline() throws Exception {
        Path file = directory.resolve("signing.pem");
        Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()));

        RsaJsonWebKey signing = keys("prod", "  ", file.toString(), directory.resolve("dev.pem"))
                .signingKey();

        assertArrayEquals(key.getEncoded(), signing.getPrivateKey().getEncoded());
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> keys("prod", null, " ", directory.resolve("dev.pem")));

        assertTrue(refused.getMessage().contains("required in production"), refused.getMessage());
    }

    @Test
    void developmentGeneratesAPrivateKeyFileOnceAndKeepsUsingIt() throws Exception {
        Path file = directory.resolve("home/.procura/dev-jwt-signing-key.pem");

        RsaJsonWebKey first = keys("dev", null, null, file).signingKey();
        RsaJsonWebKey second = keys("dev", null, null, file).signingKey();

        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(first.getKeyId(), second.getKeyId());
        assertArrayEquals(
                first.getPrivateKey().getEncoded(), second.getPrivateKey().getEncoded());
    }

    @Test
    void anUnreadableKeySaysWhyAtStartUp() throws Exception {
        Path pkcs1 = directory.resolve("pkcs1.pem");
        Files.writeString(pkcs1, pem("RSA PRIVATE KEY", key.getEncoded()));

        IllegalStateException wrongFormat = assertThrows(
                IllegalStateException.class, () -> keys("prod", null, pkcs1.toString(), directory.resolve("d.pem")));
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> keys("prod", null, directory.resolve("absent.pem").toString(), directory.resolve("d.pem")));
        IllegalStateException notAKey = assertThrows(
                IllegalStateException.class,
                () -> keys("prod", pem("PRIVATE KEY", new byte[] {1, 2, 3}), null, directory.resolve("d.pem")));

        assertTrue(wrongFormat.getMessage().contains("PKCS#1"), wrongFormat.getMessage());
        assertTrue(missing.getMessage().startsWith("The JWT signing key cannot be read"), missing.getMessage());
        assertTrue(notAKey.getMessage().startsWith("The JWT signing key cannot be read"), notAKey.getMessage());
    }
}
