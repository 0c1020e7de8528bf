package dev.procura.tenants;

import dev.procura.platform.tenancy.TenantPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Members with their emails and names, straight from the control database. */
@ApplicationScoped
public class TenantPeopleDirectory implements TenantPeople {

    private static final String SELECT = "SELECT CAST(u.id AS VARCHAR), u.email, u.first_name || ' ' || u.last_name, m.role"
            + " FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.tenant_id = ?1";

    @PersistenceContext(unitName = "control")
    EntityManager control;

    @Override
    public List<Person> withRole(UUID tenantId, String role) {
        return people(control.createNativeQuery(SELECT + " AND m.role = ?2 ORDER BY u.email")
                .setParameter(1, tenantId).setParameter(2, role).getResultList());
    }

    @Override
    public List<Person> members(UUID tenantId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return people(control.createNativeQuery(SELECT + " AND m.user_id = ANY (CAST(?2 AS UUID[])) ORDER BY u.email")
                .setParameter(1, tenantId).setParameter(2, "{" + String.join(",", userIds.stream().map(UUID::toString)
                        .toList()) + "}").getResultList());
    }

    private static List<Person> people(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new Person(UUID.fromString((String) r[0]), (String) r[1],
                (String) r[2], (String) r[3])).toList();
    }
}
