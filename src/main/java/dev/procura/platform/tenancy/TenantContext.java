package dev.procura.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/** The tenant of the current request and the caller's standing there, set by {@link TenantAccessFilter}. */
@RequestScoped
public class TenantContext {

    private TenantAccess.Access access;

    void set(TenantAccess.Access access) {
        this.access = access;
    }

    /** Whether this request is tenant-scoped and its caller admitted. */
    public boolean isSet() {
        return access != null;
    }

    public UUID tenantId() {
        return required().tenantId();
    }

    public String role() {
        return required().role();
    }

    public Set<String> permissions() {
        return required().permissions();
    }

    TenantAccess.Access access() {
        return required();
    }

    private TenantAccess.Access required() {
        if (access == null) {
            throw new IllegalStateException("No tenant context: not a tenant-scoped request");
        }
        return access;
    }
}
