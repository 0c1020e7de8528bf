package dev.procura.costing;

import dev.procura.accounts.GlAccountReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Posting roles name their account: an account a role is assigned stays active and postable. */
@ApplicationScoped
public class PostingAccountReferences implements GlAccountReferences {

    @Override
    public String records() {
        return "posting_accounts";
    }

    @Override
    public long countOf(TenantTx tx, UUID accountId) {
        return tx.em()
                .createQuery("SELECT COUNT(p) FROM PostingAccountSetting p WHERE p.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }
}
