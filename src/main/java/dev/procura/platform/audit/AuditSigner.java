package dev.procura.platform.audit;

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
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs audit checkpoints with Ed25519. The key is a 32-byte seed, base64, from configuration
 * ({@code procura.audit.signing-key}, or a file at {@code procura.audit.signing-key.location});
 * development generates one once and keeps it in the user's home, outside the repository. Each
 * checkpoint stores the public key and its id (the first 16 hex digits of its SHA-256), so a
 * checkpoint verifies on its own and an auditor can compare the key with the one published.
 */
@ApplicationScoped
public class AuditSigner {

    private static final Logger LOG = Logger.getLogger(AuditSigner.class.getName());

    @Inject
    @ConfigProperty(name = "procura.mode", defaultValue = "prod")
    String mode;

    @Inject
    @ConfigProperty(name = "procura.audit.signing-key")
    Optional<String> seed;

    @Inject
    @ConfigProperty(name = "procura.audit.signing-key.location")
    Optional<String> seedLocation;

    @Inject
    @ConfigProperty(name = "procura.audit.dev-key-file", defaultValue = "${user.home}/.procura/dev-audit-signing-key")
    String devKeyFile;

    private KeyPair keys;
    private String publicKey;
    private String keyId;

    /** A signature of a chain head, with what verifies it. */
    public record Signed(String keyId, String publicKey, String signature) {}

    @PostConstruct
    void load() {
        try {
            keys = fromSeed(Base64.getDecoder().decode(readSeed().trim()));
            publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
            keyId = AuditHashes.sha256(publicKey).substring(0, 16);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key cannot be read: " + e.getMessage(), e);
        }
    }

    public Signed sign(long seq, String chainHash) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(message(seq, chainHash));
            return new Signed(keyId, publicKey, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public String publicKey() {
        return publicKey;
    }

    /** Whether {@code signature} is the holder of {@code publicKeyBase64} signing this chain head. */
    public static boolean verify(long seq, String chainHash, String publicKeyBase64, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message(seq, chainHash));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What is signed: the entry number and its chain hash. */
    static byte[] message(long seq, String chainHash) {
        return ("procura-audit-checkpoint:" + seq + ":" + chainHash).getBytes(StandardCharsets.UTF_8);
    }

    /** The Ed25519 key pair of a 32-byte seed (the generator draws exactly the seed as its private key). */
    static KeyPair fromSeed(byte[] seedBytes) throws GeneralSecurityException {
        if (seedBytes.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, not " + seedBytes.length);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seedBytes, 0, bytes, 0, bytes.length);
            }
        });
        return generator.generateKeyPair();
    }

    private String readSeed() throws IOException {
        if (seed.isPresent() && !seed.get().isBlank()) {
            return seed.get();
        }
        if (seedLocation.isPresent() && !seedLocation.get().isBlank()) {
            return Files.readString(Path.of(seedLocation.get()));
        }
        if (RunMode.parse(mode) == RunMode.PROD) {
            throw new IllegalStateException("procura.audit.signing-key is required in production");
        }
        Path file = Path.of(devKeyFile.replace("${user.home}", System.getProperty("user.home")));
        if (Files.exists(file)) {
            return Files.readString(file);
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getEncoder().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the key still works
        }
        LOG.info("Generated a development audit signing key at " + file);
        return generated;
    }
}
