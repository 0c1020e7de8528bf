package dev.procura.platform.ledger;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's chart of accounts as other capabilities read it (tax codes, later GL posting
 * previews of receipts and invoices): only active postable accounts are ever posted to.
 * Implemented by the accounts capability.
 */
public interface Accounts {

    /** A GL account as a posting names it. */
    record Account(UUID id, String code, String name, String type, String currency) {}

    /** The active postable account with the code (any case); empty when there is none. */
    Optional<Account> activePostable(TenantTx tx, String code);

    /** The active postable account with the id; empty when there is none. */
    Optional<Account> activePostable(TenantTx tx, UUID id);
}
