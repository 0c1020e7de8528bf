package dev.procura.accounts;

import dev.procura.platform.ledger.Accounts;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** The accounts port: active postable accounts of the tenant's chart. */
@ApplicationScoped
public class LedgerAccounts implements Accounts {

    @Inject
    GlAccountRepository accounts;

    @Override
    public Optional<Account> activePostable(TenantTx tx, String code) {
        return code == null ? Optional.empty() : postable(accounts.byCode(tx.em(), code));
    }

    @Override
    public Optional<Account> activePostable(TenantTx tx, UUID id) {
        return id == null
                ? Optional.empty()
                : postable(Optional.ofNullable(tx.em().find(GlAccount.class, id)));
    }

    private static Optional<Account> postable(Optional<GlAccount> found) {
        return found.filter(a -> a.isActive() && !a.isGroup())
                .map(a -> new Account(a.id(), a.code(), a.name(), a.type(), a.currency()));
    }
}
