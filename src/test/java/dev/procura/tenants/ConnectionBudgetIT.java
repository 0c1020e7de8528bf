package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The test server has a budget of 24 tenant connections with pools of 3, so at most 8 tenant
 * units are open at once: serving more tenants than that evicts idle units, never exceeds it.
 */
@MicroShedTest
class ConnectionBudgetIT {

    private static double gauge(String metrics, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.Ee+-]+)$").matcher(metrics);
        assertTrue(matcher.find(), name + " in /metrics");
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void moreTenantsThanUnitsAreServedWithinTheBudget() throws Exception {
        Member admin = Tenants.signedIn();
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tenants.add(Tenants.create(admin.token(), "Budget " + i));
        }
        for (int round = 0; round < 2; round++) {
            for (UUID tenant : tenants) {
                Api.get(Tenants.path(tenant, "/settings"), admin.token()).expect(200);
                String metrics = Api.get("/metrics?scope=application", null).expect(200).body();
                double budget = gauge(metrics, "procura_tenant_connection_budget");
                assertEquals(24, budget);
                assertTrue(gauge(metrics, "procura_tenant_units_open") <= 8, metrics);
                assertTrue(gauge(metrics, "procura_tenant_connections_open") <= budget, metrics);
            }
        }
        String[] names = tenants.stream().map(id -> Tenants.databaseName(id)).toArray(String[]::new);
        long seenByPostgres = 0;
        for (String port : List.of("5432", "5433")) {
            try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgres", "");
                 var query = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("text", names));
                try (var rs = query.executeQuery()) {
                    rs.next();
                    seenByPostgres += rs.getLong(1);
                }
            }
        }
        assertTrue(seenByPostgres <= 24, "connections to these tenants seen by PostgreSQL: " + seenByPostgres);
    }
}
