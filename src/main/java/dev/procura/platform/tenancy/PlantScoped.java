package dev.procura.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tenant-scoped method whose records belong to plants: its {@link RequiresPermission} is
 * also met by a permission held at some plants only, and the service narrows the records through
 * {@link PlantAccess}. Every other method needs the permission tenant-wide.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlantScoped {}
