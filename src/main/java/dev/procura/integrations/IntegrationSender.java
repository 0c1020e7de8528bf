package dev.procura.integrations;

import dev.procura.integrations.IntegrationDeliveries.Delivery;
import dev.procura.integrations.IntegrationDeliveries.Outcome;
import dev.procura.platform.config.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbound connector's second half: for a tenant it is woken for (a message written or
 * retried, a system enabled, its messages listed, or the next attempt falling due), it claims the
 * due messages, POSTs each to its system ({@link HttpDelivery}) and records the outcomes, then
 * schedules itself for the tenant's next due message. One pass per tenant at a time on a server;
 * across servers the claim's row locks and lease keep a message from going out twice at once.
 * Schedules live in memory: after a restart a tenant's waiting messages go out on its next wake.
 */
@ApplicationScoped
public class IntegrationSender {

    private static final Logger LOG = Logger.getLogger(IntegrationSender.class.getName());
    private static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    IntegrationDeliveries deliveries;

    @Inject
    @ConfigProperty(name = "procura.mode", defaultValue = "prod")
    String mode;

    @Inject
    @ConfigProperty(name = "procura.integrations.allow-private-networks")
    Optional<Boolean> allowPrivateNetworks;

    @Inject
    @ConfigProperty(name = "procura.integrations.batch-size", defaultValue = "50")
    int batchSize;

    private HttpDelivery http;
    private final Map<UUID, Instant> scheduled = new ConcurrentHashMap<>();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final Set<UUID> again = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        http = new HttpDelivery(allowPrivateNetworks.orElse(RunMode.parse(mode) == RunMode.DEV));
    }

    /** Sends the tenant's due messages as soon as possible. */
    public void wakeNow(UUID tenantId) {
        wake(tenantId, clock.instant());
    }

    void wake(UUID tenantId, Instant at) {
        boolean[] earlier = {false};
        scheduled.compute(tenantId, (t, planned) -> {
            if (planned == null || at.isBefore(planned)) {
                earlier[0] = true;
                return at;
            }
            return planned;
        });
        if (earlier[0]) {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            var unused = scheduler.schedule(() -> run(tenantId, at), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void run(UUID tenantId, Instant planned) {
        scheduled.remove(tenantId, planned);
        if (!running.add(tenantId)) {
            again.add(tenantId);
            return;
        }
        try {
            do {
                again.remove(tenantId);
                pass(tenantId);
            } while (again.remove(tenantId));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Integration messages of tenant " + tenantId + " could not be sent; trying again",
                    e);
            wake(tenantId, clock.instant().plus(AFTER_FAILURE));
        } finally {
            running.remove(tenantId);
        }
        if (again.remove(tenantId)) {
            wakeNow(tenantId);
        }
    }

    /** Sends batches until none is full, then schedules the next due message. */
    private void pass(UUID tenantId) {
        while (true) {
            List<Delivery> due = deliveries.claim(tenantId, batchSize);
            List<Outcome> outcomes = new ArrayList<>();
            for (Delivery delivery : due) {
                outcomes.add(http.send(delivery));
            }
            Optional<Instant> next = deliveries.record(tenantId, outcomes);
            if (due.size() < batchSize) {
                next.ifPresent(at -> wake(tenantId, at));
                return;
            }
        }
    }
}
