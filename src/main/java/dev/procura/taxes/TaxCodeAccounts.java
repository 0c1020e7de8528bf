package dev.procura.taxes;

import dev.procura.accounts.GlAccountReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Tax codes name their input tax account: an account a tax code names stays active and postable. */
@ApplicationScoped
public class TaxCodeAccounts implements GlAccountReferences {

    @Inject
    TaxCodeRepository codes;

    @Override
    public String records() {
        return "tax_codes";
    }

    @Override
    public long countOf(TenantTx tx, UUID accountId) {
        return codes.namingAccount(tx.em(), accountId);
    }
}
