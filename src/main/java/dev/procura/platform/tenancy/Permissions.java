package dev.procura.platform.tenancy;

import java.util.List;

/**
 * Every permission a tenant-scoped endpoint can demand. Roles are sets of these; a custom role
 * may only hold names from this list. Capabilities add theirs here as they arrive.
 */
public final class Permissions {

    public static final String TENANT_READ = "tenant:read";
    public static final String TENANT_WRITE = "tenant:write";
    public static final String MEMBERS_READ = "members:read";
    public static final String MEMBERS_WRITE = "members:write";
    public static final String ROLES_READ = "roles:read";
    public static final String ROLES_WRITE = "roles:write";
    public static final String SETTINGS_READ = "settings:read";
    public static final String SETTINGS_WRITE = "settings:write";
    public static final String DOCUMENTS_READ = "documents:read";
    /** Upload documents, and change or delete one's own. */
    public static final String DOCUMENTS_WRITE = "documents:write";
    /** Change or delete anyone's documents, and delete orphan files. */
    public static final String DOCUMENTS_MANAGE = "documents:manage";

    public static final String SUPPLIERS_READ = "suppliers:read";
    /** Create, change, deactivate and reactivate suppliers (master data). */
    public static final String SUPPLIERS_WRITE = "suppliers:write";
    /** Rate a supplier, once per purchase order. */
    public static final String SUPPLIERS_RATE = "suppliers:rate";
    /** Read RFQs, quotes, purchase orders, receipts and invoices. */
    public static final String PURCHASING_READ = "purchasing:read";
    /** Create and move RFQs, quotes, purchase orders, receipts and invoices. */
    public static final String PURCHASING_WRITE = "purchasing:write";

    public static final String BUDGETS_READ = "budgets:read";
    public static final String BUDGETS_WRITE = "budgets:write";
    /** Send messages to members (by id or role). Reading one's own notifications needs only tenant:read. */
    public static final String NOTIFICATIONS_SEND = "notifications:send";

    /** See approvals, their history and workflows. */
    public static final String APPROVALS_READ = "approvals:read";
    /** Start an approval of a document. */
    public static final String APPROVALS_REQUEST = "approvals:request";
    /** Approve, reject or escalate where the workflow names one; delegate one's approvals. */
    public static final String APPROVALS_DECIDE = "approvals:decide";
    /** Define workflows. */
    public static final String WORKFLOWS_MANAGE = "workflows:manage";

    /** Run conversions of the records one may read, and see, cancel and download one's own. */
    public static final String CONVERSIONS_RUN = "conversions:run";
    /** See, cancel and retry everyone's conversions. */
    public static final String CONVERSIONS_MANAGE = "conversions:manage";
    /** Define, change and delete the tenant's conversion templates. */
    public static final String TEMPLATES_MANAGE = "templates:manage";

    /** Read the tenant's audit trail (everyone's activity), verify it and run compliance reports. */
    public static final String AUDIT_READ = "audit:read";

    /** See the tenant's use of its plan: counts and monthly meters against the plan's limits. */
    public static final String USAGE_READ = "usage:read";

    /** Read the tenant's configuration: type lists and their values. */
    public static final String CONFIG_READ = "config:read";
    /** Define, change and delete the tenant's configuration: type lists and their values. */
    public static final String CONFIG_MANAGE = "config:manage";

    /** Export the tenant's whole database and files as a ZIP (a GDPR-style copy of everything). */
    public static final String TENANT_EXPORT = "tenant:export";

    /** Read master data: items, units, customers, currencies and rates, payment terms, accounts, tax codes, cost centres. */
    public static final String MASTERS_READ = "masters:read";
    /** Create, change, deactivate and import master data. */
    public static final String MASTERS_WRITE = "masters:write";

    /** Read the tenant's analytics (spend, suppliers, savings, approvals) and the KPI catalogue. */
    public static final String ANALYTICS_READ = "analytics:read";

    /** Define, change and delete the tenant's dashboards. */
    public static final String ANALYTICS_MANAGE = "analytics:manage";

    /** Read work orders, OEE and first-pass yield. */
    public static final String PRODUCTION_READ = "production:read";
    /** Create, release, confirm and close work orders; report consumption, output and downtime. */
    public static final String PRODUCTION_WRITE = "production:write";
    /** Read inspection plans, inspections, SPC charts and NCRs. */
    public static final String QUALITY_READ = "quality:read";
    /** Define inspection plans, record measurements and outcomes, raise and work NCRs. */
    public static final String QUALITY_WRITE = "quality:write";
    /** Read lots, serial numbers, genealogy and recall simulations. */
    public static final String TRACEABILITY_READ = "traceability:read";
    /** Define numbering rules, create and change lots and serials, run recall simulations and quarantine. */
    public static final String TRACEABILITY_WRITE = "traceability:write";
    /** Read shipments, their packages and scan events. */
    public static final String LOGISTICS_READ = "logistics:read";
    /** Create and move shipments, set the GS1 company prefix, record scans. */
    public static final String LOGISTICS_WRITE = "logistics:write";

    /** Read projects, their budgets, documents (and their versions) and milestones. */
    public static final String PROJECTS_READ = "projects:read";
    /** Create and change projects, upload document versions, check documents out and in, work milestones. */
    public static final String PROJECTS_WRITE = "projects:write";
    /** Break another member's document lock; run the overdue milestone check now. */
    public static final String PROJECTS_ADMIN = "projects:admin";
    /** Read integration systems (never their secrets), their messages, runs and id mappings. */
    public static final String INTEGRATIONS_READ = "integrations:read";
    /** Define integration systems, retry and replay messages, map ids by hand. */
    public static final String INTEGRATIONS_WRITE = "integrations:write";

    public static final List<String> ALL = List.of(
            TENANT_READ,
            TENANT_WRITE,
            MEMBERS_READ,
            MEMBERS_WRITE,
            ROLES_READ,
            ROLES_WRITE,
            SETTINGS_READ,
            SETTINGS_WRITE,
            DOCUMENTS_READ,
            DOCUMENTS_WRITE,
            DOCUMENTS_MANAGE,
            SUPPLIERS_READ,
            SUPPLIERS_WRITE,
            SUPPLIERS_RATE,
            PURCHASING_READ,
            PURCHASING_WRITE,
            BUDGETS_READ,
            BUDGETS_WRITE,
            APPROVALS_READ,
            APPROVALS_REQUEST,
            APPROVALS_DECIDE,
            WORKFLOWS_MANAGE,
            NOTIFICATIONS_SEND,
            CONVERSIONS_RUN,
            CONVERSIONS_MANAGE,
            TEMPLATES_MANAGE,
            AUDIT_READ,
            USAGE_READ,
            TENANT_EXPORT,
            CONFIG_READ,
            CONFIG_MANAGE,
            MASTERS_READ,
            MASTERS_WRITE,
            ANALYTICS_READ,
            ANALYTICS_MANAGE,
            PRODUCTION_READ,
            PRODUCTION_WRITE,
            QUALITY_READ,
            QUALITY_WRITE,
            TRACEABILITY_READ,
            TRACEABILITY_WRITE,
            PROJECTS_READ,
            PROJECTS_WRITE,
            PROJECTS_ADMIN,
            LOGISTICS_READ,
            LOGISTICS_WRITE,
            INTEGRATIONS_READ,
            INTEGRATIONS_WRITE);

    private Permissions() {}

    public static boolean isKnown(String permission) {
        return ALL.contains(permission);
    }
}
