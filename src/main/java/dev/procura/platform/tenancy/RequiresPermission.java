package dev.procura.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a tenant-scoped resource method needs (see {@link Permissions}). Every method
 * under {@code /api/v1/tenants/{tenantId}} must declare one; a method without it is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {
    String value();
}
