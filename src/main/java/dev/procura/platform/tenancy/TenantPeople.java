package dev.procura.platform.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the tenants capability: who the members of a tenant are, for capabilities
 * that route work or messages to people (approvals, notifications) without knowing how members
 * are stored.
 */
public interface TenantPeople {

    record Person(UUID userId, String email, String name, String role) {}

    /** Members of the tenant holding this role, by email. */
    List<Person> withRole(UUID tenantId, String role);

    /** Every member of the tenant, with contact and role. */
    List<Person> everyone(UUID tenantId);

    /** Those of the given users who are members of the tenant (others are left out). */
    List<Person> members(UUID tenantId, Collection<UUID> userIds);
}
