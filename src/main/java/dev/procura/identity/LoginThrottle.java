package dev.procura.identity;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The brute-force rules of login.
 * <ul>
 * <li>Per account: every {@code lockout.threshold} consecutive failures lock the account, for a
 * time that doubles with each lockout ({@code lockout.base} up to {@code lockout.max}).</li>
 * <li>Per client address: one address may fail {@code throttle.account-failures} times on one
 * account within the window; once it has failed {@code throttle.address-failures} times in all,
 * it gets no further guess at any account it already failed on. An account that has not failed
 * from that address is still verified, so a person's correct login is never refused because
 * someone else at the same address failed on another account.</li>
 * </ul>
 * Counters live in the control database, so every server applies the same limits.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    LoginFailureRepository failures;

    @Inject
    UserRepository users;

    @Inject
    @ConfigProperty(name = "procura.login.lockout.threshold", defaultValue = "5")
    int lockoutThreshold;

    @Inject
    @ConfigProperty(name = "procura.login.lockout.base", defaultValue = "PT1M")
    Duration lockoutBase;

    @Inject
    @ConfigProperty(name = "procura.login.lockout.max", defaultValue = "PT1H")
    Duration lockoutMax;

    @Inject
    @ConfigProperty(name = "procura.login.throttle.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "procura.login.throttle.address-failures", defaultValue = "20")
    int addressFailureLimit;

    @Inject
    @ConfigProperty(name = "procura.login.throttle.account-failures", defaultValue = "5")
    int accountFailureLimit;

    /**
     * Refuses the attempt with 429 and Retry-After when the address may not try this account now;
     * otherwise returns how often the address failed on the account within the window.
     */
    public long checkAllowed(String address, String email, Instant now) {
        Instant since = now.minus(window);
        long onAccount = failures.countFromAddressFor(address, email, since);
        if (onAccount == 0) {
            return 0;
        }
        boolean blocked =
                onAccount >= accountFailureLimit || failures.countFromAddress(address, since) >= addressFailureLimit;
        if (blocked) {
            Instant oldest = failures.oldestFromAddress(address, onAccount >= accountFailureLimit ? email : null, since)
                    .orElse(now);
            throw new Failure.TooManyRequests(
                    ProblemType.LOGIN_THROTTLED,
                    "Too many failed logins from this address; try again later",
                    Duration.between(now, oldest.plus(window)));
        }
        return onAccount;
    }

    /** Records a failure; returns the time the account is locked until, if this failure locked it. */
    @Transactional
    public Optional<Instant> recordFailure(String address, String email, UUID userId, Instant now) {
        failures.add(new LoginFailure(address, email, now));
        if (userId == null) {
            return Optional.empty();
        }
        return users.lock(userId)
                .filter(user -> user.failLogin(lockoutThreshold, lockoutBase, lockoutMax, now))
                .map(User::lockedUntil);
    }

    /** Clears what earlier failures left, touching only what there is to clear. */
    @Transactional
    public void recordSuccess(String address, String email, User user, boolean addressFailedBefore) {
        if (addressFailedBefore) {
            failures.forget(address, email);
        }
        if (user.hasFailedLoginState()) {
            users.lock(user.id()).ifPresent(User::succeedLogin);
        }
    }

    @Transactional
    public int pruneOlderThanWindow(Instant now) {
        return failures.pruneBefore(now.minus(window));
    }
}
