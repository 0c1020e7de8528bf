package dev.procura.identity;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.PasswordHasher;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first platform administrator from {@code procura.admin.email} and
 * {@code procura.admin.password} when that account is absent. In development a missing password
 * is generated and logged once; production refuses to start without one (see StartupGate).
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    ControlTransaction transaction;

    @Inject
    @ConfigProperty(name = "procura.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "procura.admin.password")
    Optional<String> password;

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 20) @Initialized(ApplicationScoped.class)
                    Object event) {
        if (email.isEmpty() || email.get().isBlank()) {
            return;
        }
        Optional<User> existing = users.findByEmail(email.get());
        if (existing.isPresent()) {
            if (!existing.get().groups().contains(Caller.PLATFORM_ADMIN)) {
                transaction.run(() -> users.lock(existing.get().id())
                        .ifPresent(user -> user.grant(Caller.PLATFORM_ADMIN, clock.instant())));
            }
            return;
        }
        String initialPassword = password.filter(p -> !p.isBlank()).orElseGet(() -> {
            String generated = generatePassword();
            LOG.warning("No procura.admin.password set: created platform administrator " + email.get()
                    + " with the generated password " + generated + " (development mode only)");
            return generated;
        });
        User admin = new User(
                email.get(),
                hasher.hash(initialPassword),
                "Platform",
                "Administrator",
                Set.of(Caller.PLATFORM_ADMIN),
                clock.instant());
        try {
            transaction.run(() -> users.add(admin));
            LOG.info("Created the platform administrator " + admin.email());
        } catch (RuntimeException e) {
            // Another server starting at the same moment created it first.
            LOG.info("Platform administrator " + email.get() + " already created by another server");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
