package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads token payloads, and reaches the development signing key to craft edge-case tokens. */
public final class Tokens {

    private Tokens() {}

    public static JsonObject claims(String jwt) {
        return part(jwt, 1);
    }

    public static JsonObject header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonObject part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.", -1)[index]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The key the test server signs with (development mode keeps it in the user's home). */
    public static PrivateKey serverSigningKey() throws Exception {
        Path file = Path.of(System.getProperty("user.home"), ".procura", "dev-jwt-signing-key.pem");
        String base64 = Files.readString(file)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
