package dev.procura.currencies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.ControlDb;
import dev.procura.support.ThrowawayDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changeset 020 on a tenant database of the release before it: the settings' flat exchange_rates
 * become rates valid from 2000-01-01, their currencies and the tenant currency become currencies
 * (with ISO minor units), and malformed entries are skipped. Against the local PostgreSQL.
 */
class SettingsRatesMigrationTest {

    private static final String BEFORE = "db/test/tenant-before-020.xml";
    private static final String CURRENT = "db/tenant/changelog.xml";

    @Test
    void theSettingsRatesBecomeRatesByDateAndTheirCurrenciesCurrencies() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create("rates_migration").migrated(BEFORE)) {
            db.update(
                    "INSERT INTO tenant_settings (id, document, updated_at) VALUES (1, ?, now())",
                    "{\"time_zone\":\"Europe/Lisbon\",\"currency\":\"USD\",\"exchange_rates\":"
                            + "{\"EUR/USD\":1.0825,\"JPY/USD\":0.0067,\"GBP/EUR\":1.17}}");

            db.migrated(CURRENT);

            assertEquals(
                    List.of("EUR/USD 1.0825 2000-01-01", "GBP/EUR 1.17 2000-01-01", "JPY/USD 0.0067 2000-01-01"),
                    ControlDb.stringsAt(
                            db.url(),
                            "SELECT from_currency || '/' || to_currency || ' ' || rate || ' ' || valid_from"
                                    + " FROM exchange_rates ORDER BY 1"));
            assertEquals(
                    List.of(
                            "EUR Euro 2 true",
                            "GBP British Pound 2 true",
                            "JPY Japanese Yen 0 true",
                            "USD US Dollar 2 true"),
                    ControlDb.stringsAt(
                            db.url(),
                            "SELECT code || ' ' || name || ' ' || decimals || ' ' || active FROM currencies ORDER BY code"));
            assertEquals(
                    1,
                    db.number("SELECT COUNT(*) FROM tenant_settings WHERE document LIKE '%exchange_rates%'"),
                    "the document is left as it was (the previous release still reads it)");
        }
    }

    @Test
    /**
     * An empty database (a restore builds one before loading the backup's rows, and a new tenant's
     * template has no settings) gets nothing: the tenant currency is added when first needed, and a
     * restore brings its own currencies.
     */
    void aDatabaseWithoutSettingsGetsNoCurrencyAndNoRates() throws Exception {
        try (ThrowawayDatabase db =
                ThrowawayDatabase.create("rates_migration_empty").migrated(BEFORE)) {
            db.migrated(CURRENT);

            assertEquals(0, db.number("SELECT COUNT(*) FROM exchange_rates"));
            assertEquals(0, db.number("SELECT COUNT(*) FROM currencies"));
        }
    }

    @Test
    void malformedOrNonPositiveEntriesAreSkipped() throws Exception {
        try (ThrowawayDatabase db =
                ThrowawayDatabase.create("rates_migration_bad").migrated(BEFORE)) {
            db.update(
                    "INSERT INTO tenant_settings (id, document, updated_at) VALUES (1, ?, now())",
                    "{\"currency\":\"EUR\",\"exchange_rates\":{\"usd/eur\":1,\"EUR/EUR\":1,\"CHF/EUR\":0,"
                            + "\"SEK/EUR\":\"high\",\"NOK/EUR\":0.085}}");

            db.migrated(CURRENT);

            assertEquals(
                    List.of("NOK/EUR 0.085"),
                    ControlDb.stringsAt(
                            db.url(), "SELECT from_currency || '/' || to_currency || ' ' || rate FROM exchange_rates"));
        }
    }
}
