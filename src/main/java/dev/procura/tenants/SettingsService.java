package dev.procura.tenants;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendars;
import dev.procura.platform.time.TenantZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;

/** The tenant's settings document, kept in the tenant's own database. */
@ApplicationScoped
public class SettingsService implements TenantZones {

    private static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantCalendars calendars;

    @Inject
    ExchangeRates exchangeRates;

    public TenantSettings current() {
        return tenantData.call(tx -> read(tx.em()));
    }

    /**
     * The settings as the API shows them: {@code exchange_rates} is each pair's latest stated rate
     * valid today, from the exchange rates table (the document's own map is no longer read).
     */
    public TenantSettings view() {
        return tenantData.call(tx -> withStatedRates(tx, read(tx.em())));
    }

    /** The settings, read in the caller's tenant transaction. */
    public TenantSettings current(EntityManager em) {
        return read(em);
    }

    /**
     * Changes the given keys; the others keep their values. All-or-nothing. Rates given in
     * {@code exchange_rates} are stated valid from today (the tenant's date), replacing today's rate
     * of the pair; pairs left out keep their rates (delete them under /exchange-rates).
     */
    public TenantSettings change(Caller caller, JsonObject change) {
        TenantSettings changed = tenantData.call(tx -> {
            EntityManager em = tx.em();
            TenantSettings updated = SettingsDocument.apply(read(em), change);
            SettingsRecord record = em.find(SettingsRecord.class, SettingsRecord.ID);
            if (record == null) {
                em.persist(new SettingsRecord(JSON.toJson(updated), caller.userId(), tx.now()));
            } else {
                record.replace(JSON.toJson(updated), caller.userId(), tx.now());
            }
            if (change.containsKey("exchange_rates")) {
                exchangeRates.state(tx, updated.exchangeRates(), tx.today());
            }
            TenantSettings shown = withStatedRates(tx, updated);
            outbox.publish(tx, "settings.updated", tx.tenantId().toString(), caller.userId(), shown);
            return shown;
        });
        if (change.containsKey("time_zone")) {
            calendars.announceZoneChanged(tenant.tenantId());
        }
        return changed;
    }

    /** The tenant's calendar zone: its {@code time_zone} setting (validated when set). */
    @Override
    public ZoneId zoneOf(EntityManager em) {
        return ZoneId.of(read(em).timeZone());
    }

    private TenantSettings withStatedRates(TenantTx tx, TenantSettings settings) {
        return settings.withExchangeRates(exchangeRates.statedOn(tx, tx.today()));
    }

    private static TenantSettings read(EntityManager em) {
        SettingsRecord record = em.find(SettingsRecord.class, SettingsRecord.ID);
        return record == null
                ? TenantSettings.defaults()
                : JSON.fromJson(record.document(), TenantSettings.class).withDefaults();
    }
}
