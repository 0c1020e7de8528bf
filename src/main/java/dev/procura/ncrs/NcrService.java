package dev.procura.ncrs;

import dev.procura.ncrs.NcrViews.ActionView;
import dev.procura.ncrs.NcrViews.NcrView;
import dev.procura.platform.buying.GoodsReceipts.Received;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.quality.InspectedGoods;
import dev.procura.platform.quality.InspectedGoods.Inspected;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.platform.workflows.WorkflowGate;
import dev.procura.procurement.DocumentNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Non-conformance reports: raised by hand (from an inspection, a receipt, or nothing) or on their
 * own when an inspection is rejected; changed while open; their corrective and preventive actions.
 * Their status is their workflow's (see {@link NcrWorkflowSubjects}): a closed NCR no longer
 * changes, and one with open corrective actions does not close. Every change is an outbox event.
 */
@ApplicationScoped
public class NcrService {

    static final String NUMBER_KIND = "ncr";
    static final String NUMBER_PREFIX = "NCR-";
    static final String INITIAL_STATUS = "open";

    @Inject
    TenantTransactions tenantData;

    @Inject
    NcrRepository ncrs;

    @Inject
    NcrReferences references;

    @Inject
    NcrPlants plants;

    @Inject
    NcrEvents events;

    @Inject
    NcrActions actions;

    @Inject
    DocumentNumbers numbers;

    @Inject
    WorkflowGate workflow;

    @Inject
    ItemCosts items;

    @Inject
    InspectedGoods inspections;

    public NcrView raise(Caller caller, NcrRequests.Raise request) {
        NcrSource source = NcrSource.of(request.source()).orElseThrow();
        plants.requirePlacement(request.plantId());
        return tenantData.call(tx -> {
            List<FieldError> errors = new ArrayList<>();
            requireTraces(source, request, errors);
            Optional<Inspected> inspected = inspected(tx, source, request, errors);
            UUID receiptId = request.receiptId() != null
                    ? request.receiptId()
                    : inspected.map(Inspected::receiptId).orElse(null);
            Optional<Received> receipt = references.receipt(tx, receiptId, errors);
            NcrFinding finding = references.check(tx, request, receipt, errors);
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            Ncr ncr = create(tx, source, caller.userId(), finding);
            ncr.trace(
                    request.inspectionId(),
                    receiptId,
                    request.workOrderId() != null
                            ? request.workOrderId()
                            : inspected.map(Inspected::workOrderId).orElse(null));
            events.raised(tx, caller.userId(), ncr);
            return NcrView.of(ncr, List.of());
        });
    }

    /** In the transaction of an {@code inspection.rejected} event: its NCR, unless one was raised for it already. */
    void raiseFor(TenantTx tx, InspectionRejection rejection) {
        if (ncrs.raisedForInspection(tx.em(), rejection.inspectionId())) {
            return;
        }
        ItemCosts.ItemCost item = items.of(tx, List.of(rejection.itemCode())).get(rejection.itemCode());
        Ncr ncr = create(tx, NcrSource.INSPECTION, null, rejection.finding(item == null ? null : item.baseUnit()));
        ncr.trace(rejection.inspectionId(), rejection.receiptId(), rejection.workOrderId());
        events.raised(tx, null, ncr);
    }

    public Page<NcrView> list(NcrRepository.Filter filter, String sort, int page, int perPage) {
        NcrRepository.Filter visible = new NcrRepository.Filter(
                filter.status(),
                filter.supplierId(),
                filter.itemCode(),
                filter.source(),
                filter.plantId(),
                filter.from(),
                filter.to(),
                plants.readable());
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<Ncr> found = ncrs.list(em, visible, sort, (page - 1) * perPage, perPage);
            Map<UUID, List<NcrAction>> byNcr = ncrs
                    .actions(em, found.stream().map(Ncr::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(NcrAction::ncrId));
            return new Page<>(
                    found.stream()
                            .map(n -> NcrView.of(n, byNcr.getOrDefault(n.id(), List.of())))
                            .toList(),
                    page,
                    perPage,
                    ncrs.count(em, visible));
        });
    }

    public NcrView get(UUID id) {
        return tenantData.call(tx -> view(tx, plants.readable(tx.em(), id)));
    }

    /** Changes the finding of an open NCR, in full; a receipt's NCR keeps the receipt's supplier and items. */
    public NcrView change(Caller caller, UUID id, NcrRequests.Change request) {
        return tenantData.call(tx -> {
            Ncr ncr = plants.writable(tx.em(), id);
            requireOpen(ncr);
            if (!Objects.equals(request.plantId(), ncr.plantId())) {
                plants.requirePlacement(request.plantId());
            }
            List<FieldError> errors = new ArrayList<>();
            Optional<Received> receipt = references.receipt(tx, ncr.receiptId(), errors);
            NcrFinding finding = references.check(tx, request, receipt, errors);
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            UUID previousSupplier = ncr.supplierId();
            ncr.describe(finding, tx.now());
            events.changed(tx, caller.userId(), ncr, previousSupplier);
            return view(tx, ncr);
        });
    }

    /** Adds an action to an open NCR the caller writes; its owner is a member of the tenant (asked after the NCR is found). */
    public ActionView addAction(Caller caller, UUID id, NcrRequests.Action request) {
        return tenantData.call(tx -> {
            Ncr ncr = plants.writable(tx.em(), id);
            requireOpen(ncr);
            actions.requireMember(request.ownerId(), "owner_id");
            NcrAction action = actions.add(tx, ncr, request);
            events.actionAdded(tx, caller.userId(), ncr, action);
            return ActionView.of(action);
        });
    }

    public ActionView action(UUID id, UUID actionId) {
        return tenantData.call(tx -> ActionView.of(actions.existing(tx.em(), plants.readable(tx.em(), id), actionId)));
    }

    /** Changes the fields the request names; {@code done_on} marks the action done. */
    public ActionView changeAction(Caller caller, UUID id, UUID actionId, NcrRequests.ActionChange request) {
        return tenantData.call(tx -> {
            Ncr ncr = plants.writable(tx.em(), id);
            NcrAction action = actions.existing(tx.em(), ncr, actionId);
            requireOpen(ncr);
            if (request.ownerId() != null) {
                actions.requireMember(request.ownerId(), "owner_id");
            }
            boolean wasDone = action.doneOn() != null;
            actions.change(tx, ncr, action, request);
            ncr.touch(tx.now());
            if (!wasDone && action.doneOn() != null) {
                events.actionDone(tx, caller.userId(), ncr, action);
            } else {
                events.actionChanged(tx, caller.userId(), ncr, action);
            }
            return ActionView.of(action);
        });
    }

    /** Before the NCR's workflow moves it: a final state (closing) needs every corrective action done. */
    void entering(TenantTx tx, UUID id, boolean isFinal) {
        if (!isFinal) {
            return;
        }
        long open = ncrs.openCorrectiveActions(tx.em(), id);
        if (open > 0) {
            throw new Failure.Conflict(
                    ProblemType.NCR_ACTIONS_OPEN,
                    open + " corrective action(s) of this NCR are not done; it cannot close before they are",
                    Map.of("open_actions", open));
        }
    }

    /** The NCR's workflow moved it: its status follows, and a final state closes it. */
    void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        Ncr ncr = tx.em().find(Ncr.class, id);
        if (ncr != null) {
            ncr.enter(state, isFinal, tx.today(), tx.now());
        }
    }

    private Ncr create(TenantTx tx, NcrSource source, UUID raisedBy, NcrFinding finding) {
        UUID id = UUID.randomUUID();
        String status = workflow.state(tx, NcrWorkflowSubjects.TYPE, id).orElse(INITIAL_STATUS);
        Ncr ncr = new Ncr(
                id, numbers.next(tx.em(), NUMBER_KIND, NUMBER_PREFIX), source, status, raisedBy, tx.today(), tx.now());
        ncr.describe(finding, tx.now());
        tx.em().persist(ncr);
        return ncr;
    }

    /**
     * The inspection an inspection NCR names: it exists, and the receipt and item the NCR names
     * (when it names them) are the inspection's.
     */
    private Optional<Inspected> inspected(
            TenantTx tx, NcrSource source, NcrRequests.Raise request, List<FieldError> errors) {
        if (source != NcrSource.INSPECTION || request.inspectionId() == null) {
            return Optional.empty();
        }
        Optional<Inspected> inspected = inspections.inspection(tx, request.inspectionId());
        if (inspected.isEmpty()) {
            errors.add(new FieldError("inspection_id", "no such inspection in this tenant"));
            return inspected;
        }
        Inspected inspection = inspected.get();
        if (request.receiptId() != null
                && inspection.receiptId() != null
                && !request.receiptId().equals(inspection.receiptId())) {
            errors.add(new FieldError(
                    "receipt_id", "is not the receipt inspection " + inspection.number() + " inspected"));
        }
        if (request.itemCode() != null && !request.itemCode().equals(inspection.itemCode())) {
            errors.add(new FieldError(
                    "item_code", "inspection " + inspection.number() + " is of " + inspection.itemCode()));
        }
        return inspected;
    }

    /** The ids a source needs and allows: an inspection's id, a receipt's id; a manual NCR names neither. */
    private static void requireTraces(NcrSource source, NcrRequests.Raise request, List<FieldError> errors) {
        if (source == NcrSource.INSPECTION && request.inspectionId() == null) {
            errors.add(new FieldError("inspection_id", "is required for source inspection"));
        }
        if (source != NcrSource.INSPECTION && request.inspectionId() != null) {
            errors.add(new FieldError("inspection_id", "is allowed only for source inspection"));
        }
        if (source == NcrSource.RECEIPT && request.receiptId() == null) {
            errors.add(new FieldError("receipt_id", "is required for source receipt"));
        }
        if (source == NcrSource.MANUAL && request.receiptId() != null) {
            errors.add(new FieldError("receipt_id", "is allowed only for source receipt or inspection"));
        }
    }

    private static void requireOpen(Ncr ncr) {
        if (ncr.isClosed()) {
            throw new Failure.Conflict(
                    ProblemType.NCR_CLOSED,
                    "NCR " + ncr.number() + " is closed (" + ncr.status() + "); it no longer changes",
                    Map.of("current_status", ncr.status()));
        }
    }

    private NcrView view(TenantTx tx, Ncr ncr) {
        return NcrView.of(ncr, ncrs.actions(tx.em(), List.of(ncr.id())));
    }
}
