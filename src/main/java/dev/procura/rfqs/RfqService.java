package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.platform.workflows.WorkflowGate;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineImport;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineTaxes;
import dev.procura.procurement.Lines;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.rfqs.RfqViews.RfqView;
import dev.procura.suppliers.SupplierService;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Requests for quotation: drafted, sent to invited suppliers, awarded through a quote, closed or cancelled. */
@ApplicationScoped
public class RfqService {

    @Inject
    LineTaxes lineTaxes;

    @Inject
    Clock clock;

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

    @Inject
    WorkflowGate workflow;

    @Inject
    CustomFields customFields;

    /** The API name of RFQs for custom fields. */
    static final String ENTITY = "rfq";

    private RfqView view(TenantTx tx, Rfq rfq, List<String> warnings) {
        return RfqView.of(rfq, warnings, customFields.viewer(tx, ENTITY).apply(rfq.customFieldsJson()));
    }

    public RfqView create(Caller caller, RfqRequests.Rfq request) {
        price(request);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<LineItem> lines = lineTaxes.price(tx, request.lines(), request.currency(), tx.today(), false);
            List<String> warnings = admit(tx, request);
            Rfq rfq = new Rfq(
                    numbers.next(em, "rfq", settings.current(em).numbering().rfqPrefix()), caller.userId(), tx.now());
            rfq.describe(request, lines, tx.now());
            rfq.customFields(customFields.accept(tx, ENTITY, request.customFields(), null));
            em.persist(rfq);
            events.publish(
                    tx, caller.userId(), "rfq.created", rfq.id(), Map.of("rfq_id", rfq.id(), "number", rfq.number()));
            return view(tx, rfq, warnings);
        });
    }

    /** A draft RFQ whose lines come from an uploaded CSV, XLSX or JSON document. */
    public RfqView importDraft(Caller caller, RfqRequests.RfqImport request) {
        LineImport.Imported imported = lineImport.read(caller, request.documentId());
        RfqRequests.Rfq r = request.rfq();
        try {
            return create(
                    caller,
                    new RfqRequests.Rfq(
                            r.title(),
                            r.currency(),
                            r.neededBy(),
                            r.dueDate(),
                            r.notes(),
                            r.supplierIds(),
                            imported.lines(),
                            r.customFields()));
        } catch (Failure.InvalidInput e) {
            throw imported.onRows(e);
        }
    }

    public Page<RfqView> list(
            RfqRepository.RfqFilter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "r.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    rfqs.rfqs(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(r -> RfqView.of(r, List.of(), shown.apply(r.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    rfqs.countRfqs(tx.em(), filter, criteria));
        });
    }

    public RfqView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id), List.of()));
    }

    public RfqView update(Caller caller, UUID id, RfqRequests.Rfq request) {
        price(request);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<LineItem> lines = lineTaxes.price(tx, request.lines(), request.currency(), tx.today(), false);
            Rfq rfq = existing(em, id);
            rfq.requireDraft("changed");
            List<String> warnings = admit(tx, request);
            rfq.describe(request, lines, tx.now());
            rfq.customFields(customFields.accept(tx, ENTITY, request.customFields(), rfq.customFieldsJson()));
            events.publish(tx, caller.userId(), "rfq.updated", id, Map.of("rfq_id", id, "number", rfq.number()));
            return view(tx, rfq, warnings);
        });
    }

    public RfqView send(Caller caller, UUID id) {
        return transition(caller, id, "rfq.sent", (tx, rfq) -> {
            // Suppliers may have been deactivated or fallen into a blocking standing since the draft.
            List<String> warnings = new ArrayList<>();
            for (UUID supplier : rfq.supplierIds()) {
                warnings.addAll(suppliers.admitForNewBusiness(tx, supplier, "supplier_ids"));
            }
            rfq.send(clock.instant());
            workflow.requireFinal(tx, RfqWorkflowSubjects.TYPE, id, "sent");
            return warnings;
        });
    }

    public RfqView close(Caller caller, UUID id) {
        return transition(caller, id, "rfq.closed", (tx, rfq) -> {
            rfq.close(clock.instant());
            return List.of();
        });
    }

    public RfqView cancel(Caller caller, UUID id) {
        return transition(caller, id, "rfq.cancelled", (tx, rfq) -> {
            rfq.cancel(clock.instant());
            return List.of();
        });
    }

    private interface Move {
        List<String> apply(TenantTx tx, Rfq rfq);
    }

    private RfqView transition(Caller caller, UUID id, String event, Move move) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Rfq rfq = existing(em, id);
            List<String> warnings = move.apply(tx, rfq);
            events.publish(
                    tx,
                    caller.userId(),
                    event,
                    id,
                    Map.of("rfq_id", id, "number", rfq.number(), "supplier_ids", List.copyOf(rfq.supplierIds())));
            return view(tx, rfq, warnings);
        });
    }

    private List<String> admit(TenantTx tx, RfqRequests.Rfq request) {
        List<String> warnings = new ArrayList<>();
        for (UUID supplier : new LinkedHashSet<>(request.supplierIds())) {
            warnings.addAll(suppliers.admitForNewBusiness(tx, supplier, "supplier_ids"));
        }
        return warnings;
    }

    /** The request's own faults (currency, dates, lines), before any lookup. */
    private static List<LineItem> price(RfqRequests.Rfq request) {
        if (!Money.isCurrency(request.currency())) {
            throw new Failure.InvalidInput("currency", "is not an ISO 4217 currency code");
        }
        if (request.neededBy() != null && request.neededBy().isBefore(request.dueDate())) {
            throw new Failure.InvalidInput("needed_by", "must not be before due_date (quotes come first)");
        }
        return Lines.price(request.lines(), request.currency(), false);
    }

    static Rfq existing(EntityManager em, UUID id) {
        Rfq rfq = em.find(Rfq.class, id);
        if (rfq == null) {
            throw new Failure.NotFound("No RFQ " + id + " in this tenant");
        }
        return rfq;
    }
}
