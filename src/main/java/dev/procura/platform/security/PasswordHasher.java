package dev.procura.platform.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt hashing; the cost is configurable (tests use 4, production at least 10). */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    @ConfigProperty(name = "procura.bcrypt.cost", defaultValue = "12")
    int cost;

    /** A hash of a random password at the same cost, so unknown accounts take as long as known ones. */
    private byte[] decoyHash;

    @PostConstruct
    void init() {
        decoyHash = BCrypt.withDefaults()
                .hash(cost, java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of one verification against nothing; always false. */
    public boolean verifyDecoy(String password) {
        BCrypt.verifyer().verify(password.toCharArray(), decoyHash);
        return false;
    }
}
