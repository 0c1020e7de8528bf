package dev.procura.tenants;

import static dev.procura.platform.tenancy.Permissions.ANALYTICS_READ;
import static dev.procura.platform.tenancy.Permissions.APPROVALS_DECIDE;
import static dev.procura.platform.tenancy.Permissions.APPROVALS_READ;
import static dev.procura.platform.tenancy.Permissions.APPROVALS_REQUEST;
import static dev.procura.platform.tenancy.Permissions.BUDGETS_READ;
import static dev.procura.platform.tenancy.Permissions.CONFIG_READ;
import static dev.procura.platform.tenancy.Permissions.CONVERSIONS_RUN;
import static dev.procura.platform.tenancy.Permissions.DOCUMENTS_READ;
import static dev.procura.platform.tenancy.Permissions.DOCUMENTS_WRITE;
import static dev.procura.platform.tenancy.Permissions.INTEGRATIONS_READ;
import static dev.procura.platform.tenancy.Permissions.LOGISTICS_READ;
import static dev.procura.platform.tenancy.Permissions.MASTERS_READ;
import static dev.procura.platform.tenancy.Permissions.MEMBERS_READ;
import static dev.procura.platform.tenancy.Permissions.PRODUCTION_READ;
import static dev.procura.platform.tenancy.Permissions.PROJECTS_READ;
import static dev.procura.platform.tenancy.Permissions.PURCHASING_READ;
import static dev.procura.platform.tenancy.Permissions.PURCHASING_WRITE;
import static dev.procura.platform.tenancy.Permissions.QUALITY_READ;
import static dev.procura.platform.tenancy.Permissions.ROLES_READ;
import static dev.procura.platform.tenancy.Permissions.SETTINGS_READ;
import static dev.procura.platform.tenancy.Permissions.SUPPLIERS_RATE;
import static dev.procura.platform.tenancy.Permissions.SUPPLIERS_READ;
import static dev.procura.platform.tenancy.Permissions.TENANT_READ;
import static dev.procura.platform.tenancy.Permissions.TRACEABILITY_READ;

import dev.procura.platform.tenancy.Permissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The four roles every tenant has; they cannot be changed or deleted. */
public final class SystemRoles {

    public static final String ADMIN = "admin";
    public static final String APPROVER = "approver";
    public static final String REQUESTER = "requester";
    public static final String VIEWER = "viewer";

    private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(ADMIN, Set.copyOf(Permissions.ALL));
        ROLES.put(
                APPROVER,
                Set.of(
                        TENANT_READ,
                        MEMBERS_READ,
                        ROLES_READ,
                        SETTINGS_READ,
                        DOCUMENTS_READ,
                        DOCUMENTS_WRITE,
                        SUPPLIERS_READ,
                        SUPPLIERS_RATE,
                        PURCHASING_READ,
                        PURCHASING_WRITE,
                        BUDGETS_READ,
                        APPROVALS_READ,
                        APPROVALS_REQUEST,
                        APPROVALS_DECIDE,
                        CONVERSIONS_RUN,
                        CONFIG_READ,
                        MASTERS_READ,
                        ANALYTICS_READ,
                        PRODUCTION_READ,
                        QUALITY_READ,
                        TRACEABILITY_READ,
                        PROJECTS_READ,
                        LOGISTICS_READ,
                        INTEGRATIONS_READ));
        ROLES.put(
                REQUESTER,
                Set.of(
                        TENANT_READ,
                        MEMBERS_READ,
                        SETTINGS_READ,
                        DOCUMENTS_READ,
                        DOCUMENTS_WRITE,
                        SUPPLIERS_READ,
                        SUPPLIERS_RATE,
                        PURCHASING_READ,
                        PURCHASING_WRITE,
                        BUDGETS_READ,
                        APPROVALS_READ,
                        APPROVALS_REQUEST,
                        APPROVALS_DECIDE,
                        CONVERSIONS_RUN,
                        CONFIG_READ,
                        MASTERS_READ));
        ROLES.put(
                VIEWER,
                Set.of(
                        TENANT_READ,
                        SETTINGS_READ,
                        DOCUMENTS_READ,
                        SUPPLIERS_READ,
                        PURCHASING_READ,
                        BUDGETS_READ,
                        APPROVALS_READ,
                        CONFIG_READ,
                        MASTERS_READ,
                        ANALYTICS_READ,
                        PRODUCTION_READ,
                        QUALITY_READ,
                        TRACEABILITY_READ,
                        PROJECTS_READ,
                        LOGISTICS_READ,
                        INTEGRATIONS_READ));
    }

    private SystemRoles() {}

    public static boolean isSystem(String role) {
        return ROLES.containsKey(role);
    }

    public static Optional<Set<String>> permissionsOf(String role) {
        return Optional.ofNullable(ROLES.get(role));
    }

    public static Map<String, Set<String>> all() {
        return ROLES;
    }
}
