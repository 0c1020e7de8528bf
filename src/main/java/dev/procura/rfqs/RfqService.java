package dev.procura.rfqs;

import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.ProblemException;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineImport;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.Lines;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.rfqs.RfqViews.RfqView;
import dev.procura.suppliers.SupplierService;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests for quotation: drafted, sent to invited suppliers, awarded through a quote, closed or cancelled. */
@ApplicationScoped
public class RfqService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    RfqRepository rfqs;

    @Inject
    SupplierService suppliers;

    @Inject
    SettingsService settings;

    @Inject
    DocumentNumbers numbers;

    @Inject
    LineImport lineImport;

    @Inject
    ProcurementEvents events;

    public RfqView create(Caller caller, RfqRequests.Rfq request) {
        List<LineItem> lines = price(request);
        return tenantData.call(em -> {
            List<String> warnings = admit(em, request);
            Rfq rfq = new Rfq(numbers.next(em, "rfq", settings.current(em).numbering().rfqPrefix()), caller.userId(),
                    Instant.now());
            rfq.describe(request, lines, Instant.now());
            em.persist(rfq);
            events.publish(em, caller.userId(), "rfq.created", rfq.id(), Map.of("rfq_id", rfq.id(), "number", rfq.number()));
            return RfqView.of(rfq, warnings);
        });
    }

    /** A draft RFQ whose lines come from an uploaded CSV, XLSX or JSON document. */
    public RfqView importDraft(Caller caller, RfqRequests.RfqImport request) {
        LineImport.Imported imported = lineImport.read(caller, request.documentId());
        RfqRequests.Rfq r = request.rfq();
        try {
            return create(caller, new RfqRequests.Rfq(r.title(), r.currency(), r.neededBy(), r.dueDate(), r.notes(),
                    r.supplierIds(), imported.lines()));
        } catch (ProblemException.InvalidInput e) {
            throw imported.onRows(e);
        }
    }

    public Page<RfqView> list(RfqRepository.RfqFilter filter, String sort, int page, int perPage) {
        return tenantData.call(em -> new Page<>(rfqs.rfqs(em, filter, sort, (page - 1) * perPage, perPage).stream()
                .map(r -> RfqView.of(r, List.of())).toList(), page, perPage, rfqs.countRfqs(em, filter)));
    }

    public RfqView get(UUID id) {
        return tenantData.call(em -> RfqView.of(existing(em, id), List.of()));
    }

    public RfqView update(Caller caller, UUID id, RfqRequests.Rfq request) {
        List<LineItem> lines = price(request);
        return tenantData.call(em -> {
            Rfq rfq = existing(em, id);
            rfq.requireDraft("changed");
            List<String> warnings = admit(em, request);
            rfq.describe(request, lines, Instant.now());
            events.publish(em, caller.userId(), "rfq.updated", id, Map.of("rfq_id", id, "number", rfq.number()));
            return RfqView.of(rfq, warnings);
        });
    }

    public RfqView send(Caller caller, UUID id) {
        return transition(caller, id, "rfq.sent", (em, rfq) -> {
            // Suppliers may have been deactivated or fallen into a blocking standing since the draft.
            List<String> warnings = new ArrayList<>();
            for (UUID supplier : rfq.supplierIds()) {
                warnings.addAll(suppliers.admitForNewBusiness(em, supplier, "supplier_ids"));
            }
            rfq.send(Instant.now());
            return warnings;
        });
    }

    public RfqView close(Caller caller, UUID id) {
        return transition(caller, id, "rfq.closed", (em, rfq) -> {
            rfq.close(Instant.now());
            return List.of();
        });
    }

    public RfqView cancel(Caller caller, UUID id) {
        return transition(caller, id, "rfq.cancelled", (em, rfq) -> {
            rfq.cancel(Instant.now());
            return List.of();
        });
    }

    private interface Move {
        List<String> apply(EntityManager em, Rfq rfq);
    }

    private RfqView transition(Caller caller, UUID id, String event, Move move) {
        return tenantData.call(em -> {
            Rfq rfq = existing(em, id);
            List<String> warnings = move.apply(em, rfq);
            events.publish(em, caller.userId(), event, id, Map.of("rfq_id", id, "number", rfq.number(),
                    "supplier_ids", List.copyOf(rfq.supplierIds())));
            return RfqView.of(rfq, warnings);
        });
    }

    private List<String> admit(EntityManager em, RfqRequests.Rfq request) {
        List<String> warnings = new ArrayList<>();
        for (UUID supplier : new LinkedHashSet<>(request.supplierIds())) {
            warnings.addAll(suppliers.admitForNewBusiness(em, supplier, "supplier_ids"));
        }
        return warnings;
    }

    private static List<LineItem> price(RfqRequests.Rfq request) {
        if (!Money.isCurrency(request.currency())) {
            throw new ProblemException.InvalidInput("currency", "is not an ISO 4217 currency code");
        }
        if (request.neededBy() != null && request.neededBy().isBefore(request.dueDate())) {
            throw new ProblemException.InvalidInput("needed_by", "must not be before due_date (quotes come first)");
        }
        return Lines.price(request.lines(), request.currency(), false);
    }

    static Rfq existing(EntityManager em, UUID id) {
        Rfq rfq = em.find(Rfq.class, id);
        if (rfq == null) {
            throw new ProblemException.NotFound("No RFQ " + id + " in this tenant");
        }
        return rfq;
    }
}
