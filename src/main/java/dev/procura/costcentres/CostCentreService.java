package dev.procura.costcentres;

import dev.procura.costcentres.CostCentreViews.CostCentreView;
import dev.procura.costcentres.CostCentreViews.TreeView;
import dev.procura.platform.costcentres.CostCentres;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cost centres: codes unique in any case, a hierarchy without cycles, an owner who is a member of
 * the tenant. One with active children is not deactivated. Budgets and purchase orders check the
 * cost centre they name through the {@link CostCentres} port.
 */
@ApplicationScoped
public class CostCentreService implements CostCentres {

    /** How deep a tree is shown: far beyond any real chart of cost centres. */
    private static final int MAX_DEPTH = 32;

    @Inject
    TenantTransactions tenantData;

    @Inject
    CostCentreRepository centres;

    @Inject
    TenantPeople people;

    @Inject
    TenantOutbox outbox;

    public CostCentreView create(UUID actor, CostCentreRequests.Define request) {
        return tenantData.call(tx -> create(tx, actor, request));
    }

    CostCentreView create(TenantTx tx, UUID actor, CostCentreRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), null);
        CostCentre parent = parentOf(tx, request);
        requireOwner(tx, request);
        CostCentre centre = new CostCentre(tx.now());
        centre.describe(request, parent == null ? null : parent.id(), tx.now());
        tx.em().persist(centre);
        publish(tx, actor, "cost_centre.created", centre, parent);
        return CostCentreView.of(centre, codeOf(parent));
    }

    public Page<CostCentreView> list(
            String q, Boolean active, String parent, UUID ownerId, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CostCentreRepository.Filter filter =
                    new CostCentreRepository.Filter(q, active, parentFilter(tx.em(), parent), ownerId);
            return new Page<>(
                    centres.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                            .map(c -> view(tx.em(), c))
                            .toList(),
                    page,
                    perPage,
                    centres.count(tx.em(), filter));
        });
    }

    public CostCentreView get(UUID id) {
        return tenantData.call(tx -> view(tx.em(), existing(tx.em(), id)));
    }

    /** The cost centre with every cost centre below it. */
    public TreeView tree(UUID id) {
        return tenantData.call(tx -> {
            CostCentre root = existing(tx.em(), id);
            Map<UUID, List<CostCentre>> children = new HashMap<>();
            List<UUID> level = List.of(root.id());
            for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
                List<UUID> next = new ArrayList<>();
                for (CostCentre child : centres.childrenOf(tx.em(), level)) {
                    if (!children.containsKey(child.id())) {
                        children.computeIfAbsent(child.parentId(), p -> new ArrayList<>())
                                .add(child);
                        next.add(child.id());
                    }
                }
                level = next;
            }
            return CostCentreHierarchy.tree(root, children);
        });
    }

    public CostCentreView change(UUID actor, UUID id, CostCentreRequests.Define request) {
        return tenantData.call(tx -> change(tx, actor, existing(tx.em(), id), request));
    }

    private CostCentreView change(TenantTx tx, UUID actor, CostCentre centre, CostCentreRequests.Define request) {
        EntityManager em = tx.em();
        requireFreeCode(em, request.code(), centre.id());
        CostCentre parent = parentOf(tx, request);
        if (parent != null && CostCentreHierarchy.wouldCycle(centre.id(), parent.id(), this.parents(em))) {
            throw new Failure.InvalidInput(
                    "parent_code",
                    "cost centre " + parent.code() + " is " + centre.code() + " itself or below it: the hierarchy"
                            + " would make a cycle");
        }
        if (request.ownerId() != null && !request.ownerId().equals(centre.ownerId())) {
            requireOwner(tx, request);
        }
        boolean wasActive = centre.isActive();
        if (wasActive && !request.activeOrDefault()) {
            long children = centres.activeChildren(em, centre.id());
            if (children > 0) {
                throw new Failure.Conflict(
                        ProblemType.COST_CENTRE_HAS_ACTIVE_CHILDREN,
                        "Cost centre " + centre.code() + " has " + children + " active cost centre(s) below it;"
                                + " deactivate or move them first",
                        Map.of("children", children));
            }
        }
        centre.describe(request, parent == null ? null : parent.id(), tx.now());
        String event = wasActive == centre.isActive()
                ? "cost_centre.changed"
                : centre.isActive() ? "cost_centre.reactivated" : "cost_centre.deactivated";
        publish(tx, actor, event, centre, parent);
        return CostCentreView.of(centre, codeOf(parent));
    }

    @Override
    public String requireActive(TenantTx tx, String code, String field) {
        CostCentre centre = centres.byCode(tx.em(), code)
                .orElseThrow(() -> new Failure.InvalidInput(
                        field, "cost centre " + code + " does not exist; add it under /cost-centres"));
        if (!centre.isActive()) {
            throw new Failure.InvalidInput(
                    field,
                    "cost centre " + centre.code() + " is inactive; reactivate it or add another under /cost-centres");
        }
        if (!centre.isUsableOn(tx.today())) {
            throw new Failure.InvalidInput(
                    field,
                    "cost centre " + centre.code() + " is not valid on " + tx.today()
                            + "; change its validity or add another under /cost-centres");
        }
        return centre.code();
    }

    @Override
    public Optional<UUID> idOf(TenantTx tx, String code) {
        return centres.byCode(tx.em(), code).map(CostCentre::id);
    }

    /** An import row keyed by code: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, CostCentreRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<CostCentre> stored = centres.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (dryRun) {
                parentOf(tx, request);
                requireOwner(tx, request);
            } else {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        CostCentre parent = parentOf(tx, request);
        if (stored.get().sameAs(request, parent == null ? null : parent.id())) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, actor, stored.get(), request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    /** The parent the request names, which must exist and, under an active cost centre, be active. */
    private CostCentre parentOf(TenantTx tx, CostCentreRequests.Define request) {
        if (request.parentCode() == null) {
            return null;
        }
        CostCentre parent = centres.byCode(tx.em(), request.parentCode())
                .orElseThrow(() -> new Failure.InvalidInput(
                        "parent_code", "cost centre " + request.parentCode() + " does not exist"));
        if (request.activeOrDefault() && !parent.isActive()) {
            throw new Failure.InvalidInput(
                    "parent_code", "cost centre " + parent.code() + " is inactive: an active one cannot sit under it");
        }
        if (parent.code().equalsIgnoreCase(request.code())) {
            throw new Failure.InvalidInput("parent_code", "a cost centre cannot be its own parent");
        }
        return parent;
    }

    private void requireOwner(TenantTx tx, CostCentreRequests.Define request) {
        if (request.ownerId() != null
                && people.members(tx.tenantId(), List.of(request.ownerId())).isEmpty()) {
            throw new Failure.InvalidInput("owner_id", "is not a member of this tenant");
        }
    }

    /** A list filter's parent: an id, or a code (any case); an unknown code matches nothing. */
    private UUID parentFilter(EntityManager em, String parent) {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(parent);
        } catch (IllegalArgumentException notAnId) {
            return centres.byCode(em, parent).map(CostCentre::id).orElse(new UUID(0, 0));
        }
    }

    private Function<UUID, UUID> parents(EntityManager em) {
        return id -> Optional.ofNullable(em.find(CostCentre.class, id))
                .map(CostCentre::parentId)
                .orElse(null);
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (centres.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(
                ProblemType.COST_CENTRE_CODE_TAKEN, "Another cost centre has the code " + code + " (in any case)");
    }

    static CostCentreView view(EntityManager em, CostCentre centre) {
        CostCentre parent = centre.parentId() == null ? null : em.find(CostCentre.class, centre.parentId());
        return CostCentreView.of(centre, codeOf(parent));
    }

    private static String codeOf(CostCentre centre) {
        return centre == null ? null : centre.code();
    }

    private void publish(TenantTx tx, UUID actor, String event, CostCentre centre, CostCentre parent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cost_centre_id", centre.id());
        data.put("code", centre.code());
        data.put("name", centre.name());
        data.put("parent_code", codeOf(parent) == null ? "" : codeOf(parent));
        data.put("owner_id", centre.ownerId() == null ? "" : centre.ownerId().toString());
        data.put("active", centre.isActive());
        outbox.publish(tx, event, centre.id().toString(), actor, data);
    }

    private static CostCentre existing(EntityManager em, UUID id) {
        CostCentre centre = em.find(CostCentre.class, id);
        if (centre == null) {
            throw new Failure.NotFound("No cost centre " + id + " in this tenant");
        }
        return centre;
    }
}
