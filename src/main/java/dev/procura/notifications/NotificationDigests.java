package dev.procura.notifications;

import dev.procura.identity.EmailDigests;
import dev.procura.platform.tenancy.MembershipDirectory;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Daily and weekly digests: every {@code procura.notifications.digest.check-interval} each worker
 * server claims the digests that are due ({@link EmailDigests#claimDue}: one server per digest)
 * and mails each user one email listing their unread notifications, in all their tenants, since
 * the last digest. Nothing unread, nothing sent; either way the next digest is scheduled.
 */
@ApplicationScoped
public class NotificationDigests {

    private static final Logger LOG = Logger.getLogger(NotificationDigests.class.getName());
    private static final int BATCH = 20;

    @Inject
    @ConfigProperty(name = "procura.notifications.digest.check-interval", defaultValue = "PT1M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "procura.worker.enabled", defaultValue = "true")
    boolean worker;

    @Inject
    @ConfigProperty(name = "procura.notifications.email.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    EmailDigests digests;

    @Inject
    Instance<MembershipDirectory> memberships;

    @Inject
    TenantTransactions tenantData;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationTemplates templates;

    @Inject
    Mailer mailer;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (worker && enabled) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::sendDue, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void sendDue() {
        try {
            List<EmailDigests.Due> due;
            do {
                due = digests.claimDue(BATCH);
                due.forEach(this::sendOne);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending digests failed; will retry", e);
        }
    }

    /** One user's digest; a failure leaves it claimed, so it is tried again when the claim ends. */
    private void sendOne(EmailDigests.Due digest) {
        try {
            Instant now = clock.instant();
            List<DigestItems.Item> items = digest.active() ? unread(digest) : List.of();
            if (!items.isEmpty()) {
                RenderedMessage message = templates.render(
                        "digest",
                        digest.language(),
                        Map.of(
                                "name", digest.firstName(),
                                "count", String.valueOf(items.size()),
                                "items", DigestItems.lines(items)));
                mailer.send(digest.address(), digest.firstName(), message);
            }
            digests.sent(digest.userId(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The digest of user " + digest.userId() + " failed; it is tried again later", e);
        }
    }

    private List<DigestItems.Item> unread(EmailDigests.Due digest) {
        if (memberships.isUnsatisfied()) {
            return List.of();
        }
        List<DigestItems.Item> candidates = new ArrayList<>();
        for (MembershipDirectory.Membership membership : memberships.get().membershipsOf(digest.userId())) {
            candidates.addAll(tenantData.call(
                    membership.tenantId(),
                    tx -> notifications
                            .list(
                                    tx.em(),
                                    new NotificationRepository.Filter(
                                            digest.userId(), true, null, digest.since(), null),
                                    0,
                                    DigestItems.MAX_ITEMS)
                            .stream()
                            .map(n ->
                                    new DigestItems.Item(membership.tenantName(), n.title(), n.createdAt(), n.readAt()))
                            .toList()));
        }
        return DigestItems.select(candidates, digest.since());
    }
}
