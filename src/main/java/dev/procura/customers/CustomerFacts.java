package dev.procura.customers;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other capabilities may know about a customer: who it is and whether it takes new business. */
@ApplicationScoped
public class CustomerFacts {

    /** {@code status} is active, on_hold or inactive. */
    public record Summary(UUID id, String code, String legalName, String status) {

        public boolean isActive() {
            return "active".equals(status);
        }
    }

    /** The customers with these ids (those of the tenant), in one query. */
    public Map<UUID, Summary> summaries(TenantTx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.em()
                .createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(c ->
                        new Summary(c.id(), c.code(), c.legalName(), c.status().code()))
                .collect(Collectors.toMap(Summary::id, Function.identity()));
    }
}
