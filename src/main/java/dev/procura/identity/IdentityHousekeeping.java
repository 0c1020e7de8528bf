package dev.procura.identity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes login failures older than the throttling window and sessions ended more than a day ago.
 * Every server runs it; the deletes are idempotent, so running it twice is harmless.
 */
@ApplicationScoped
public class IdentityHousekeeping {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(IdentityHousekeeping.class.getName());
    private static final Duration SESSION_RETENTION = Duration.ofDays(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LoginThrottle throttle;

    @Inject
    SessionService sessions;

    @Inject
    AccountMailThrottle accountMail;

    @Inject
    UserTokens userTokens;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::prune, 1, 10, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void prune() {
        try {
            Instant now = clock.instant();
            int failures = throttle.pruneOlderThanWindow(now);
            int ended = sessions.pruneEndedBefore(now.minus(SESSION_RETENTION));
            int requests = accountMail.pruneOlderThanWindow(now);
            int tokens = userTokens.pruneExpiredBefore(now.minus(SESSION_RETENTION));
            LOG.fine(() -> "Pruned " + failures + " login failures, " + ended + " ended sessions, " + requests
                    + " account mail requests and " + tokens + " expired tokens");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Identity housekeeping failed; will retry", e);
        }
    }
}
