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

    public static final List<String> ALL = List.of(TENANT_READ, TENANT_WRITE, MEMBERS_READ, MEMBERS_WRITE,
            ROLES_READ, ROLES_WRITE, SETTINGS_READ, SETTINGS_WRITE);

    private Permissions() {
    }

    public static boolean isKnown(String permission) {
        return ALL.contains(permission);
    }
}
