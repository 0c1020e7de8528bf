package dev.procura.tenants;

import dev.procura.identity.UserFacts;
import dev.procura.platform.persistence.SqlArrays;
import dev.procura.platform.tenancy.TenantPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Members with their roles from the control database, and their emails and names from identity. */
@ApplicationScoped
public class TenantPeopleDirectory implements TenantPeople {

    private static final String SELECT = "SELECT CAST(user_id AS VARCHAR), role FROM memberships WHERE tenant_id = ?1";

    @PersistenceContext(unitName = "control")
    EntityManager control;

    @Inject
    UserFacts users;

    @Override
    public List<Person> withRole(UUID tenantId, String role) {
        return people(control.createNativeQuery(SELECT + " AND role = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, role)
                .getResultList());
    }

    @Override
    public List<Person> everyone(UUID tenantId) {
        return people(
                control.createNativeQuery(SELECT).setParameter(1, tenantId).getResultList());
    }

    @Override
    public List<Person> members(UUID tenantId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return people(control.createNativeQuery(SELECT + " AND user_id = ANY (CAST(?2 AS UUID[]))")
                .setParameter(1, tenantId)
                .setParameter(2, SqlArrays.of(userIds))
                .getResultList());
    }

    /** The members' contacts, by email. */
    private List<Person> people(List<?> memberships) {
        Map<UUID, String> roles = new HashMap<>();
        memberships.stream()
                .map(r -> (Object[]) r)
                .forEach(r -> roles.put(UUID.fromString((String) r[0]), (String) r[1]));
        return users.contacts(roles.keySet()).stream()
                .map(c -> new Person(c.userId(), c.email(), c.name(), roles.get(c.userId())))
                .toList();
    }
}
