package dev.procura.platform.time;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;

/** Port implemented by the tenants capability: a tenant's time zone, read in its transaction. */
public interface TenantZones {

    ZoneId zoneOf(EntityManager tenantData);
}
