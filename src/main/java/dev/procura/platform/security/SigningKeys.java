package dev.procura.platform.security;

import dev.procura.platform.config.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA key that signs access tokens. Production reads a PKCS#8 PEM from configuration
 * ({@code procura.jwt.signing-key} or a file at {@code procura.jwt.signing-key.location});
 * development generates one once and keeps it in the user's home, outside the repository.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "procura.mode", defaultValue = "prod")
    String mode;

    @Inject
    @ConfigProperty(name = "procura.jwt.signing-key")
    Optional<String> pem;

    @Inject
    @ConfigProperty(name = "procura.jwt.signing-key.location")
    Optional<String> pemLocation;

    @Inject
    @ConfigProperty(name = "procura.jwt.dev-key-file", defaultValue = "${user.home}/.procura/dev-jwt-signing-key.pem")
    String devKeyFile;

    private RsaJsonWebKey signingKey;

    @PostConstruct
    void load() {
        try {
            PrivateKey privateKey = readPrivateKey();
            signingKey = new RsaJsonWebKey(publicKeyOf((RSAPrivateCrtKey) privateKey));
            signingKey.setPrivateKey(privateKey);
            signingKey.setKeyId(signingKey.calculateBase64urlEncodedThumbprint("SHA-256"));
            signingKey.setAlgorithm("RS256");
            signingKey.setUse("sig");
        } catch (GeneralSecurityException | IOException | ClassCastException e) {
            throw new IllegalStateException("The JWT signing key cannot be read: " + e.getMessage(), e);
        }
    }

    public RsaJsonWebKey signingKey() {
        return signingKey;
    }

    private PrivateKey readPrivateKey() throws IOException, GeneralSecurityException {
        if (pem.isPresent() && !pem.get().isBlank()) {
            return parsePem(pem.get());
        }
        if (pemLocation.isPresent() && !pemLocation.get().isBlank()) {
            return parsePem(Files.readString(Path.of(pemLocation.get())));
        }
        if (RunMode.parse(mode) == RunMode.PROD) {
            throw new IllegalStateException("procura.jwt.signing-key is required in production");
        }
        return developmentKey(Path.of(devKeyFile.replace("${user.home}", System.getProperty("user.home"))));
    }

    private static PrivateKey developmentKey(Path file) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return parsePem(Files.readString(file));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(file.getParent());
        String encoded = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, encoded, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the key still works
        }
        LOG.info("Generated a development JWT signing key at " + file);
        return pair.getPrivate();
    }

    static PrivateKey parsePem(String pemText) throws GeneralSecurityException {
        String base64 = pemText.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        if (pemText.contains("BEGIN RSA PRIVATE KEY")) {
            throw new GeneralSecurityException(
                    "PKCS#1 keys are not supported; convert with " + "`openssl pkcs8 -topk8 -nocrypt`");
        }
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    }
}
