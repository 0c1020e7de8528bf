package dev.procura.tenants;

import dev.procura.platform.security.Caller;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** The tenant's settings document, kept in the tenant's own database. */
@ApplicationScoped
public class SettingsService {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantOutbox outbox;

    public TenantSettings current() {
        return tenantData.call(SettingsService::read);
    }

    /** The settings, read in the caller's tenant transaction. */
    public TenantSettings current(EntityManager em) {
        return read(em);
    }

    /** Changes the given keys; the others keep their values. All-or-nothing. */
    public TenantSettings change(Caller caller, JsonObject change) {
        return tenantData.call(em -> {
            TenantSettings updated = SettingsDocument.apply(read(em), change);
            SettingsRecord record = em.find(SettingsRecord.class, SettingsRecord.ID);
            if (record == null) {
                em.persist(new SettingsRecord(JSON.toJson(updated), caller.userId(), Instant.now()));
            } else {
                record.replace(JSON.toJson(updated), caller.userId(), Instant.now());
            }
            outbox.publish(em, tenant.tenantId(), "settings.updated", tenant.tenantId().toString(), caller.userId(), updated);
            return updated;
        });
    }

    private static TenantSettings read(EntityManager em) {
        SettingsRecord record = em.find(SettingsRecord.class, SettingsRecord.ID);
        return record == null ? TenantSettings.defaults()
                : JSON.fromJson(record.document(), TenantSettings.class).withDefaults();
    }
}
