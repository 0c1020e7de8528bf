package dev.procura.integrations;

import dev.procura.platform.buying.BuyingDocumentContents;
import dev.procura.platform.events.EventWritten;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outbound connector's first half: when an approved purchase order or a matched invoice is
 * written to the outbox, it writes a pending message for every enabled system that takes the
 * event, in that same transaction (the message row is the outbox of the HTTP call: no message for
 * a rolled-back change, none lost after a commit). Once the transaction commits the sender is woken.
 */
@ApplicationScoped
public class IntegrationConnector {

    /** The events sent out: the document type each reports and the data member naming the document. */
    static final Map<String, String[]> EVENTS = Map.of(
            "purchase_order.approved", new String[] {"purchase_order", "purchase_order_id"},
            "invoice.matched", new String[] {"invoice", "invoice_id"});

    /** Tenants this thread wrote messages for in its open transaction. */
    private static final ThreadLocal<Set<UUID>> WROTE = ThreadLocal.withInitial(HashSet::new);

    @Inject
    TenantCalendars calendars;

    @Inject
    IntegrationRepository repository;

    @Inject
    Instance<BuyingDocumentContents> documents;

    @Inject
    IntegrationSender sender;

    void onEventWritten(@Observes EventWritten event) {
        String[] reported = EVENTS.get(event.eventType());
        if (reported == null || !(event.data() instanceof Map<?, ?> data)) {
            return;
        }
        UUID documentId = uuid(data.get(reported[1]));
        if (documentId == null) {
            return;
        }
        EntityManager em = event.em();
        List<IntegrationSystem> systems = repository.enabledSystems(em).stream()
                .filter(s -> s.takes(event.eventType()))
                .toList();
        if (systems.isEmpty()) {
            return;
        }
        TenantTx tx = new TenantTx(em, event.tenantId(), null, calendars.of(event.tenantId(), em));
        BuyingDocumentContents.Contents document = documents.stream()
                .filter(d -> d.documentType().equals(reported[0]))
                .findFirst()
                .flatMap(d -> d.contents(tx, documentId))
                .orElse(null);
        if (document == null) {
            return;
        }
        for (IntegrationSystem system : systems) {
            String payload = OutboundPayload.of(
                            event.eventType(),
                            event.eventId(),
                            tx.now(),
                            event.tenantId(),
                            system.code(),
                            document,
                            mapped(em, system, document))
                    .toString();
            em.persist(IntegrationMessage.outbound(
                    system.id(),
                    document.documentType(),
                    document.id().toString(),
                    event.eventType(),
                    event.eventId(),
                    payload,
                    tx.now()));
        }
        WROTE.get().add(event.tenantId());
    }

    void onCommitted(@Observes TenantTransactions.TenantEventsCommitted committed) {
        Set<UUID> wrote = WROTE.get();
        if (wrote.isEmpty()) {
            return;
        }
        Set<UUID> due = new HashSet<>(wrote);
        wrote.clear();
        due.retainAll(committed.tenantIds());
        due.forEach(sender::wakeNow);
    }

    private OutboundPayload.Mapped mapped(
            EntityManager em, IntegrationSystem system, BuyingDocumentContents.Contents document) {
        Map<String, Map<String, String>> byType = new HashMap<>();
        for (IntegrationMapping m : repository.mappingsOf(em, system.id(), OutboundPayload.referencedIds(document))) {
            byType.computeIfAbsent(m.entityType(), t -> new HashMap<>()).put(m.ourId(), m.externalId());
        }
        return new OutboundPayload.Mapped(byType);
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        try {
            return value instanceof String text && !text.isBlank() ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
