package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The test server has a budget of 24 tenant connections per PostgreSQL server. Units are not
 * connections: every tenant used stays open, while the connections to each server stay within
 * its budget, seen from the server's gauges and from PostgreSQL itself.
 */
@MicroShedTest
class ConnectionBudgetIT {

    private static final int TENANTS = 30;

    private static double gauge(String metrics, String name) {
        Matcher matcher =
                Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.Ee+-]+)$").matcher(metrics);
        assertTrue(matcher.find(), name + " in /metrics");
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void everyTenantStaysOpenWhileConnectionsStayWithinEachServersBudget() throws Exception {
        Member admin = Tenants.signedIn();
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenants.add(Tenants.create(admin.token(), "Budget " + i));
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<Integer>> reads = new ArrayList<>();
                for (UUID tenant : tenants) {
                    reads.add(clients.submit(() -> Api.get(Tenants.path(tenant, "/settings"), admin.token())
                            .status()));
                }
                for (Future<Integer> read : reads) {
                    assertEquals(200, read.get(30, TimeUnit.SECONDS));
                }
                String metrics =
                        Api.get("/metrics?scope=application", null).expect(200).body();
                assertEquals(24, gauge(metrics, "procura_tenant_connection_budget"));
                assertTrue(gauge(metrics, "procura_tenant_units_open") >= TENANTS, metrics);
                assertTrue(gauge(metrics, "procura_tenant_connections_open") <= 2 * 24, metrics);
                assertEquals(0, gauge(metrics, "procura_tenant_connections_waiting"));
                assertOnEachServerAtMost(24, tenants);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertOnEachServerAtMost(int budget, List<UUID> tenants) throws Exception {
        String[] names = tenants.stream().map(Tenants::databaseName).toArray(String[]::new);
        for (String port : List.of("5432", "5433")) {
            try (var connection = java.sql.DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                    var query = connection.prepareStatement(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE 'tenant\\_%'"
                                    + " AND datname = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("text", names));
                try (var rs = query.executeQuery()) {
                    rs.next();
                    long seen = rs.getLong(1);
                    assertTrue(seen <= budget, "connections to these tenants on port " + port + ": " + seen);
                }
            }
        }
    }
}
