package dev.procura.platform.tenancy;

import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the tenants capability: the tenants a user belongs to. Identity lists them
 * at login and under /users/me/tenants without knowing how tenants are stored.
 */
public interface MembershipDirectory {

    record Membership(UUID tenantId, String tenantName, String role) {}

    List<Membership> membershipsOf(UUID userId);
}
