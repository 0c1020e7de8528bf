package dev.procura.costing;

import dev.procura.costing.CostingViews.AccountRef;
import dev.procura.costing.CostingViews.PostingAccountsView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.ledger.Accounts;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The account determination: which active postable GL account each posting role goes to. */
@ApplicationScoped
public class PostingAccountService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    Accounts accounts;

    @Inject
    TenantOutbox outbox;

    public PostingAccountsView get() {
        return tenantData.call(this::view);
    }

    /** Assigns the accounts named by code; roles left out keep theirs. All or nothing. */
    public PostingAccountsView assign(UUID actor, ChargeRequests.Assign request) {
        return tenantData.call(tx -> {
            List<FieldError> errors = new ArrayList<>();
            Map<PostingRole, Accounts.Account> found = new EnumMap<>(PostingRole.class);
            request.accounts().forEach((role, code) -> {
                String field = "accounts." + role;
                if (!PostingRole.keys().contains(role)) {
                    errors.add(new FieldError(
                            field, "is not a posting role; roles: " + String.join(", ", PostingRole.keys())));
                    return;
                }
                accounts.activePostable(tx, code)
                        .ifPresentOrElse(
                                a -> found.put(PostingRole.of(role), a),
                                () -> errors.add(new FieldError(
                                        field, "is not an active postable GL account of this tenant: " + code)));
            });
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            Map<String, Object> changed = new LinkedHashMap<>();
            found.forEach((role, account) -> {
                PostingAccountSetting setting = tx.em().find(PostingAccountSetting.class, role.key());
                if (setting == null) {
                    setting = new PostingAccountSetting(role.key());
                    tx.em().persist(setting);
                }
                setting.assign(account.id(), actor, tx.now());
                changed.put(role.key(), account.code());
            });
            outbox.publish(tx, "posting_accounts.changed", "posting-accounts", actor, Map.of("accounts", changed));
            return view(tx);
        });
    }

    /**
     * The accounts of {@code roles}, every one assigned and still active and postable, else a 409
     * naming the roles that lack one.
     */
    Map<PostingRole, PostingAccount> require(TenantTx tx, Collection<PostingRole> roles) {
        Map<PostingRole, PostingAccount> resolved = new EnumMap<>(PostingRole.class);
        List<String> missing = new ArrayList<>();
        for (PostingRole role : roles) {
            account(tx, role).ifPresentOrElse(a -> resolved.put(role, a), () -> missing.add(role.key()));
        }
        if (!missing.isEmpty()) {
            throw new Failure.Conflict(
                    ProblemType.POSTING_ACCOUNTS_MISSING,
                    "No active postable GL account is assigned to " + String.join(", ", missing)
                            + "; assign them under /posting-accounts",
                    Map.of("roles", missing));
        }
        return resolved;
    }

    /** An active postable account by id (a tax code's input tax account), as a journal names it. */
    Optional<PostingAccount> account(TenantTx tx, UUID accountId) {
        return accounts.activePostable(tx, accountId).map(PostingAccountService::posting);
    }

    private Optional<PostingAccount> account(TenantTx tx, PostingRole role) {
        PostingAccountSetting setting = tx.em().find(PostingAccountSetting.class, role.key());
        return setting == null ? Optional.empty() : account(tx, setting.accountId());
    }

    private PostingAccountsView view(TenantTx tx) {
        Map<String, AccountRef> assigned = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (PostingRole role : PostingRole.values()) {
            account(tx, role)
                    .ifPresentOrElse(
                            a -> assigned.put(role.key(), new AccountRef(a.id(), a.code(), a.name())),
                            () -> missing.add(role.key()));
        }
        return new PostingAccountsView(assigned, missing);
    }

    private static PostingAccount posting(Accounts.Account account) {
        return new PostingAccount(account.id(), account.code(), account.name(), account.currency());
    }
}
