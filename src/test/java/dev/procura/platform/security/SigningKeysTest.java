package dev.procura.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static PrivateKey key;

    @BeforeAll
    static void generateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair().getPrivate();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + label + "-----\n";
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
}
