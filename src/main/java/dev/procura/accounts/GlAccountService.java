package dev.procura.accounts;

import dev.procura.accounts.GlAccountViews.ChartView;
import dev.procura.accounts.GlAccountViews.GlAccountView;
import dev.procura.currencies.CurrencyService;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The chart of accounts: unique codes (in any case), a hierarchy of groups and postable accounts
 * ({@link GlAccountRules}), deactivation only while no tax code and no active child names the
 * account, and a default chart for a tenant that has none.
 */
@ApplicationScoped
public class GlAccountService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    GlAccountRepository accounts;

    @Inject
    CurrencyService currencies;

    @Inject
    TenantOutbox outbox;

    @Inject
    Instance<GlAccountReferences> references;

    public GlAccountView create(UUID actor, GlAccountRequests.Define request) {
        return tenantData.call(tx -> view(tx.em(), create(tx, actor, request)));
    }

    private GlAccount create(TenantTx tx, UUID actor, GlAccountRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), null);
        GlAccountRules.Parent parent = parentOf(tx.em(), request);
        requireCurrency(tx, request, null);
        requireValid(GlAccountRules.check(request, null, parent));
        GlAccount account = new GlAccount(tx.now());
        account.describe(request, parent == null ? null : parent.id(), tx.now());
        tx.em().persist(account);
        publish(tx, actor, "gl_account.created", account);
        return account;
    }

    public Page<GlAccountView> list(GlAccountRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                accounts.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(a -> view(tx.em(), a))
                        .toList(),
                page,
                perPage,
                accounts.count(tx.em(), filter)));
    }

    public GlAccountView get(UUID id) {
        return tenantData.call(tx -> view(tx.em(), existing(tx.em(), id)));
    }

    public GlAccountView change(UUID actor, UUID id, GlAccountRequests.Define request) {
        return tenantData.call(tx -> view(tx.em(), change(tx, actor, existing(tx.em(), id), request)));
    }

    private GlAccount change(TenantTx tx, UUID actor, GlAccount account, GlAccountRequests.Define request) {
        EntityManager em = tx.em();
        requireFreeCode(em, request.code(), account.id());
        GlAccountRules.Parent parent = parentOf(em, request);
        requireCurrency(tx, request, account.currency());
        boolean hasChildren = accounts.children(em, account.id(), false) > 0;
        requireValid(GlAccountRules.check(
                request,
                new GlAccountRules.Stored(
                        account.id(), account.type(), account.kind(), account.parentId(), hasChildren),
                parent));
        boolean deactivating = account.isActive() && !request.activeOrDefault();
        boolean grouping = !account.isGroup() && GlAccountRules.GROUP.equals(request.kind());
        if (deactivating || grouping) {
            requireUnreferenced(tx, account, deactivating);
        }
        boolean wasActive = account.isActive();
        account.describe(request, parent == null ? null : parent.id(), tx.now());
        String event = wasActive == account.isActive()
                ? "gl_account.changed"
                : account.isActive() ? "gl_account.reactivated" : "gl_account.deactivated";
        publish(tx, actor, event, account);
        return account;
    }

    /** Seeds {@link DefaultChart} into a tenant without accounts; 409 when it has any. */
    public ChartView defaultChart(UUID actor) {
        return tenantData.call(tx -> {
            if (accounts.any(tx.em())) {
                throw new Failure.Conflict(
                        ProblemType.GL_CHART_NOT_EMPTY,
                        "The tenant has GL accounts already; the default chart only seeds an empty one");
            }
            List<GlAccountView> created = new ArrayList<>();
            for (GlAccountRequests.Define request : DefaultChart.ACCOUNTS) {
                created.add(view(tx.em(), create(tx, actor, request)));
            }
            return new ChartView(created);
        });
    }

    /** An import row keyed by code: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, GlAccountRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<GlAccount> stored = accounts.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (!dryRun) {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        GlAccountRules.Parent parent = parentOf(tx.em(), request);
        if (stored.get().sameAs(request, parent == null ? null : parent.id())) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, actor, stored.get(), request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    private void requireUnreferenced(TenantTx tx, GlAccount account, boolean deactivating) {
        Map<String, Object> inUse = new LinkedHashMap<>();
        long children = deactivating ? accounts.children(tx.em(), account.id(), true) : 0;
        if (children > 0) {
            inUse.put("active_child_accounts", children);
        }
        for (GlAccountReferences kind : references) {
            long count = kind.countOf(tx, account.id());
            if (count > 0) {
                inUse.put(kind.records(), count);
            }
        }
        if (!inUse.isEmpty()) {
            throw new Failure.Conflict(
                    ProblemType.GL_ACCOUNT_IN_USE,
                    "GL account " + account.code() + " is named by " + inUse + "; it stays "
                            + (deactivating ? "active" : "postable"),
                    Map.of("records", inUse));
        }
    }

    private GlAccountRules.Parent parentOf(EntityManager em, GlAccountRequests.Define request) {
        if (request.parentId() == null && request.parentCode() == null) {
            return null;
        }
        Optional<GlAccount> parent = request.parentId() != null
                ? Optional.ofNullable(em.find(GlAccount.class, request.parentId()))
                : accounts.byCode(em, request.parentCode());
        GlAccount found = parent.orElseThrow(() -> new Failure.InvalidInput(
                request.parentId() != null ? "parent_id" : "parent_code", "is not a GL account of this tenant"));
        return new GlAccountRules.Parent(
                found.id(),
                found.code(),
                found.type(),
                found.isGroup(),
                found.isActive(),
                accounts.chain(em, found.id()));
    }

    private void requireCurrency(TenantTx tx, GlAccountRequests.Define request, String kept) {
        if (request.currency() != null && !Objects.equals(request.currency(), kept)) {
            currencies.requireActive(tx, request.currency(), "currency");
        }
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (accounts.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(
                ProblemType.GL_ACCOUNT_CODE_TAKEN, "Another GL account has the code " + code + " (in any case)");
    }

    private void publish(TenantTx tx, UUID actor, String event, GlAccount account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gl_account_id", account.id());
        data.put("code", account.code());
        data.put("type", account.type());
        data.put("kind", account.kind());
        data.put("active", account.isActive());
        if (account.parentId() != null) {
            data.put("parent_id", account.parentId());
        }
        outbox.publish(tx, event, account.id().toString(), actor, data);
    }

    static GlAccountView view(EntityManager em, GlAccount account) {
        String parentCode = account.parentId() == null
                ? null
                : Optional.ofNullable(em.find(GlAccount.class, account.parentId()))
                        .map(GlAccount::code)
                        .orElse(null);
        return GlAccountView.of(account, parentCode);
    }

    private static GlAccount existing(EntityManager em, UUID id) {
        GlAccount account = em.find(GlAccount.class, id);
        if (account == null) {
            throw new Failure.NotFound("No GL account " + id + " in this tenant");
        }
        return account;
    }
}
