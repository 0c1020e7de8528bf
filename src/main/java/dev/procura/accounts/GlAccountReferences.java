package dev.procura.accounts;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/**
 * Implemented by each capability whose records name a GL account (tax codes today), so that an
 * account in use is not deactivated nor made a group, without this package reading their tables.
 */
public interface GlAccountReferences {

    /** What kind of record this counts, e.g. "tax_codes". */
    String records();

    long countOf(TenantTx tx, UUID accountId);
}
