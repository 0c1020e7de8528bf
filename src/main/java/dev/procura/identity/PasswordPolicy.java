package dev.procura.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a new password must be: long enough, not the email, not a commonly used password, and at
 * most 72 bytes (bcrypt ignores anything longer).
 */
@ApplicationScoped
public class PasswordPolicy {

    static final int BCRYPT_MAX_BYTES = 72;

    @Inject
    @ConfigProperty(name = "procura.password.min-length", defaultValue = "8")
    int minLength;

    @Inject
    @ConfigProperty(name = "procura.password.common-list")
    Optional<String> commonListFile;

    private Set<String> commonPasswords;

    @PostConstruct
    void load() {
        try (InputStream in = commonListFile
                .filter(s -> !s.isBlank())
                .map(PasswordPolicy::openFile)
                .orElseGet(() -> PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt"))) {
            commonPasswords = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list", e);
        }
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<String> refusal(String password, String email) {
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("must be at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return Optional.of("must be at most " + BCRYPT_MAX_BYTES + " bytes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String normalizedEmail = User.normalizeEmail(email);
        if (normalizedEmail != null
                && (lower.equals(normalizedEmail)
                        || lower.equals(normalizedEmail.substring(0, Math.max(0, normalizedEmail.indexOf('@')))))) {
            return Optional.of("must not be the email address");
        }
        if (commonPasswords.contains(lower)) {
            return Optional.of("is too common");
        }
        return Optional.empty();
    }

    static Set<String> read(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    private static InputStream openFile(String path) {
        try {
            return Files.newInputStream(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open procura.password.common-list " + path, e);
        }
    }
}
