package dev.procura.platform.tenancy;

import dev.procura.platform.time.TenantCalendar;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One tenant transaction, as {@link TenantTransactions#call} hands it to the work: the tenant's
 * EntityManager, whose data it is, who acts ({@code null} for the system: a consumer, a schedule)
 * and the tenant's calendar. Events, audit lines and numbering take the tenant and the actor from
 * here, never from the request, so the same code is right when a consumer or a schedule runs it.
 */
public record TenantTx(EntityManager em, UUID tenantId, UUID actor, TenantCalendar calendar) {

    /** Now, from the application's clock. */
    public Instant now() {
        return calendar.now();
    }

    /** Today in the tenant's time zone: the business date. */
    public LocalDate today() {
        return calendar.today();
    }
}
