package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first platform administrator: created once from the settings, promoted if the account exists. */
class PlatformAdminBootstrapTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    /** Users in a list; adding may be told to fail as if another server inserted first. */
    private static final class Users extends UserRepository {
        final List<User> stored = new ArrayList<>();
        final List<UUID> locked = new ArrayList<>();
        boolean addFails;

        @Override
        public Optional<User> findByEmail(String email) {
            return stored.stream()
                    .filter(u -> u.email().equals(User.normalizeEmail(email)))
                    .findFirst();
        }

        @Override
        public Optional<User> lock(UUID id) {
            locked.add(id);
            return stored.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public void add(User user) {
            if (addFails) {
                throw new IllegalStateException("duplicate key value violates unique constraint users_email_key");
            }
            stored.add(user);
        }
    }

    private final Users users = new Users();
    private final PasswordHasher hasher = new PasswordHasher();
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(capture);
    }

    private PlatformAdminBootstrap bootstrap(String email, String password) {
        PlatformAdminBootstrap bootstrap = new PlatformAdminBootstrap();
        bootstrap.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        bootstrap.users = users;
        bootstrap.hasher = hasher;
        bootstrap.transaction = new ControlTransaction();
        bootstrap.email = Optional.ofNullable(email);
        bootstrap.password = Optional.ofNullable(password);
        return bootstrap;
    }

    @BeforeEach
    void cheapHashes() throws Exception {
        var cost = PasswordHasher.class.getDeclaredField("cost");
        cost.setAccessible(true);
        cost.setInt(hasher, 4);
    }

    @Test
    void withoutAnAdministratorEmailNothingIsCreated() {
        bootstrap(null, "secret-password").onStart(new Object());
        bootstrap("  ", "secret-password").onStart(new Object());

        assertTrue(users.stored.isEmpty());
    }

    @Test
    void createsTheAdministratorWithTheConfiguredPassword() {
        bootstrap(" Admin@Procura.Localhost ", "correct horse battery").onStart(new Object());

        assertEquals(1, users.stored.size());
        User admin = users.stored.get(0);
        assertEquals("admin@procura.localhost", admin.email());
        assertEquals(Set.of(Caller.PLATFORM_ADMIN), admin.groups());
        assertEquals("Platform Administrator", admin.firstName() + " " + admin.lastName());
        assertEquals(NOW, admin.createdAt());
        assertTrue(hasher.verify("correct horse battery", admin.passwordHash()));
        assertTrue(logged.contains("Created the platform administrator admin@procura.localhost"), logged::toString);
    }

    @Test
    void withoutAPasswordOneIsGeneratedAndLoggedOnce() {
        bootstrap("admin@procura.localhost", " ").onStart(new Object());

        User admin = users.stored.get(0);
        String warning = logged.stream()
                .filter(m -> m.startsWith("No procura.admin.password set"))
                .findFirst()
                .orElseThrow();
        Matcher generated = Pattern.compile("generated password (\\S+) ").matcher(warning);
        assertTrue(generated.find(), warning);
        assertEquals(24, generated.group(1).length(), "18 random bytes, base64url");
        assertTrue(hasher.verify(generated.group(1), admin.passwordHash()));
    }

    @Test
    void anExistingAccountIsMadeAdministratorOnceAndKeepsItsPassword() {
        User existing = new User("admin@procura.localhost", "hash", "Ana", "Silva", Set.of(), NOW.minusSeconds(60));
        users.stored.add(existing);

        bootstrap("admin@procura.localhost", "ignored").onStart(new Object());
        bootstrap("admin@procura.localhost", "ignored").onStart(new Object());

        assertEquals(List.of(existing), users.stored);
        assertEquals(Set.of(Caller.PLATFORM_ADMIN), existing.groups());
        assertEquals(NOW, existing.updatedAt());
        assertEquals("hash", existing.passwordHash());
        assertEquals(List.of(existing.id()), users.locked, "the second start finds an administrator already");
    }

    @Test
    void anotherServerCreatingItFirstIsNoFailure() {
        users.addFails = true;

        bootstrap("admin@procura.localhost", "correct horse battery").onStart(new Object());

        assertTrue(users.stored.isEmpty());
        assertTrue(
                logged.contains("Platform administrator admin@procura.localhost already created by another server"),
                logged::toString);
        assertFalse(logged.stream().anyMatch(m -> m.startsWith("Created")));
    }
}
