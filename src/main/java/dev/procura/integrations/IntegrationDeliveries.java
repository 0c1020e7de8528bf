package dev.procura.integrations;

import dev.procura.platform.tenancy.MasterKey;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender's two short tenant transactions around the HTTP calls (no connection is held while
 * a system answers): claim the due messages under a lease and a run per system, then record each
 * outcome (sent with the external id mapped, another attempt after a backoff, or dead).
 */
@ApplicationScoped
public class IntegrationDeliveries {

    /** What one attempt needs, secrets decrypted; built in the claim, used outside any transaction. */
    record Delivery(
            UUID messageId,
            UUID runId,
            String endpointUrl,
            String body,
            String eventType,
            String bearerToken,
            String hmacSecret,
            Duration timeout,
            String externalIdField) {}

    /** How one attempt ended: the HTTP status (null: no answer), the external id, the error. */
    record Outcome(UUID messageId, DeliveryPolicy.Verdict verdict, Integer status, String externalId, String error) {}

    /** Beyond the attempt's own timeout, how long a claimed message stays out of other passes. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @Inject
    TenantTransactions tenantData;

    @Inject
    IntegrationRepository repository;

    @Inject
    MasterKey masterKey;

    @Inject
    @ConfigProperty(name = "procura.integrations.retry-backoff", defaultValue = "PT30S")
    Duration retryBackoff;

    @Inject
    @ConfigProperty(name = "procura.integrations.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;

    List<Delivery> claim(UUID tenantId, int limit) {
        return tenantData.call(tenantId, tx -> {
            EntityManager em = tx.em();
            Instant now = tx.now();
            Map<UUID, IntegrationRun> runs = new HashMap<>();
            List<Delivery> deliveries = new ArrayList<>();
            for (UUID id : repository.lockDue(em, now, limit)) {
                IntegrationMessage message = em.find(IntegrationMessage.class, id);
                IntegrationSystem system = em.find(IntegrationSystem.class, message.systemId());
                IntegrationRun run = runs.computeIfAbsent(system.id(), s -> {
                    IntegrationRun started = new IntegrationRun(s, now);
                    em.persist(started);
                    return started;
                });
                Duration timeout = Duration.ofSeconds(system.timeoutSeconds());
                message.claim(run.id(), now.plus(timeout).plus(LEASE_MARGIN));
                deliveries.add(new Delivery(
                        message.id(),
                        run.id(),
                        system.endpointUrl(),
                        message.payload(),
                        message.eventType(),
                        system.bearerTokenEnc() == null ? null : masterKey.decrypt(system.bearerTokenEnc()),
                        system.hmacSecretEnc() == null ? null : masterKey.decrypt(system.hmacSecretEnc()),
                        timeout,
                        system.externalIdField()));
            }
            return deliveries;
        });
    }

    /** Records the outcomes and closes their runs; when the next message of the tenant is due. */
    Optional<Instant> record(UUID tenantId, List<Outcome> outcomes) {
        return tenantData.call(tenantId, tx -> {
            EntityManager em = tx.em();
            Instant now = tx.now();
            Map<UUID, int[]> counts = new HashMap<>();
            for (Outcome outcome : outcomes) {
                IntegrationMessage message = em.find(IntegrationMessage.class, outcome.messageId());
                IntegrationSystem system = em.find(IntegrationSystem.class, message.systemId());
                String verdict = apply(em, system, message, outcome, now);
                int[] tally = counts.computeIfAbsent(message.runId(), r -> new int[4]);
                tally[0]++;
                tally[
                        switch (verdict) {
                            case IntegrationMessage.SENT -> 1;
                            case IntegrationMessage.FAILED -> 2;
                            default -> 3;
                        }]++;
            }
            counts.forEach((runId, tally) -> {
                IntegrationRun run = em.find(IntegrationRun.class, runId);
                if (run != null) {
                    run.finish(tally[0], tally[1], tally[2], tally[3], now);
                }
            });
            em.flush();
            return repository.nextDue(em);
        });
    }

    private String apply(
            EntityManager em, IntegrationSystem system, IntegrationMessage message, Outcome outcome, Instant now) {
        switch (outcome.verdict()) {
            case SENT -> {
                String note = outcome.externalId() == null
                        ? null
                        : map(em, system, message.entityType(), message.entityId(), outcome.externalId(), now);
                message.delivered(outcome.status(), outcome.externalId(), note, now);
            }
            case RETRY -> {
                int attempt = message.attempts() + 1;
                Instant retryAt = DeliveryPolicy.mayRetry(attempt, system.maxAttempts())
                        ? now.plus(DeliveryPolicy.backoff(attempt, retryBackoff, maxBackoff))
                        : null;
                message.undelivered(outcome.status(), outcome.error(), retryAt, now);
            }
            case DEAD -> message.undelivered(outcome.status(), outcome.error(), null, now);
        }
        return message.status();
    }

    /** Maps our record to the system's id; a note instead when that id is already another record's. */
    private String map(
            EntityManager em,
            IntegrationSystem system,
            String entityType,
            String ourId,
            String externalId,
            Instant now) {
        Optional<IntegrationMapping> taken = repository.theirs(em, system.id(), entityType, externalId);
        if (taken.isPresent() && !taken.get().ourId().equals(ourId)) {
            return "sent, but the external id " + externalId + " is already mapped to "
                    + taken.get().ourId();
        }
        IntegrationMapping mapping = repository
                .ours(em, system.id(), entityType, ourId)
                .orElseGet(() -> {
                    IntegrationMapping created = new IntegrationMapping(system.id(), entityType, ourId, now);
                    em.persist(created);
                    return created;
                });
        mapping.map(externalId, IntegrationMapping.CONNECTOR, now);
        return null;
    }
}
