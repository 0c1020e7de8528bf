package dev.procura.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Metrics;
import dev.procura.support.ServerLogs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Metrics per endpoint and platform gauges at /metrics; JSON logs with request, user and tenant ids. */
@MicroShedTest
class ObservabilityIT {

    private static final String SUPPLIERS = "route=\"/api/v1/tenants/{tenantId}/suppliers\"";

    @Test
    void requestsAreTimedPerRouteMethodAndStatusClassWithoutIdsInTheLabels() {
        Shop shop = Buying.shop("Metrics");
        List<String> before = Metrics.scrape(Api.baseUrl());
        double okBefore = Metrics.sum(
                before, "procura_http_requests_seconds_count", SUPPLIERS, "method=\"GET\"", "status=\"2xx\"");
        double notFoundBefore = Metrics.sum(
                before,
                "procura_http_requests_seconds_count",
                "route=\"/api/v1/tenants/{tenantId}/suppliers/{id}\"",
                "status=\"4xx\"");
        for (int i = 0; i < 3; i++) {
            Api.get(shop.path("/suppliers"), shop.token()).expect(200);
        }
        Api.get(shop.path("/suppliers/" + UUID.randomUUID()), shop.token()).expect(404);

        List<String> after = Metrics.scrape(Api.baseUrl());
        assertEquals(
                okBefore + 3,
                Metrics.sum(
                        after, "procura_http_requests_seconds_count", SUPPLIERS, "method=\"GET\"", "status=\"2xx\""));
        assertEquals(
                notFoundBefore + 1,
                Metrics.sum(
                        after,
                        "procura_http_requests_seconds_count",
                        "route=\"/api/v1/tenants/{tenantId}/suppliers/{id}\"",
                        "status=\"4xx\""));
        assertTrue(Metrics.sum(after, "procura_http_requests_seconds_sum", SUPPLIERS) > 0);
        assertTrue(
                after.stream()
                        .filter(l -> l.startsWith("procura_http_requests"))
                        .noneMatch(l -> l.contains(shop.tenantId().toString())),
                "no tenant id in the request series");
    }

    @Test
    void platformGaugesAreExposed() {
        List<String> lines = Metrics.scrape(Api.baseUrl());
        for (String gauge : List.of(
                "procura_tenant_units_open",
                "procura_tenant_connections_busy",
                "procura_tenant_connections_open",
                "procura_tenant_connection_budget",
                "procura_outbox_backlog",
                "procura_outbox_tenants_pending",
                "procura_consumer_lag",
                "procura_batch_jobs_running")) {
            assertTrue(Metrics.has(lines, gauge), gauge + " missing");
        }
        assertEquals(24, Metrics.sum(lines, "procura_tenant_connection_budget"));
        assertTrue(Metrics.sum(lines, "procura_tenant_connections_busy") <= 24);
        assertTrue(Metrics.sum(lines, "procura_consumer_lag") >= 0, "Kafka answered the lag query");
        assertTrue(Metrics.sum(lines, "procura_outbox_backlog") >= 0, "the control database answered");
    }

    @Test
    void onlyTheBusiestTenantsGetASeries() throws InterruptedException {
        List<Shop> shops = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shops.add(Buying.shop("Traffic " + i));
        }
        for (int i = 0; i < 5; i++) {
            for (int n = 0; n < 20 * (i + 1); n++) {
                Api.get(shops.get(i).path("/suppliers"), shops.get(i).token()).expect(200);
            }
        }
        // Tenants of earlier tests on this server count too: shop 4 outdoes the least busy series shown now.
        long toBeat = Metrics.scrape(Api.baseUrl()).stream()
                .filter(l -> l.startsWith("procura_tenant_requests{"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .min()
                .orElse(0);
        for (long n = 100; n <= toBeat; n++) {
            Api.get(shops.get(4).path("/suppliers"), shops.get(4).token()).expect(200);
        }
        // The top-n tenants are refreshed every procura.metrics.tenant-refresh (0.5 s here), on a request.
        List<String> series = Await.until("the busiest tenant's series", Duration.ofSeconds(10), () -> {
            Api.get(shops.get(4).path("/suppliers"), shops.get(4).token()).expect(200);
            List<String> now = Metrics.scrape(Api.baseUrl()).stream()
                    .filter(l -> l.startsWith("procura_tenant_requests{"))
                    .toList();
            return now.stream().anyMatch(l -> l.contains(shops.get(4).tenantId().toString()))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertTrue(series.size() <= 3, "at most procura.metrics.tenant-top-n series: " + series);
        assertTrue(
                series.stream().anyMatch(l -> l.contains(shops.get(4).tenantId().toString())), series.toString());
        assertFalse(
                series.stream().anyMatch(l -> l.contains(shops.get(0).tenantId().toString())), series.toString());
    }

    @Test
    void logsAreJsonWithRequestUserAndTenantAndNoSecrets() {
        Accounts.Account account = Accounts.register();
        var login = Accounts.login(account);
        Shop shop = new Shop(
                dev.procura.support.Tenants.create(login.accessToken(), "Logs"),
                new dev.procura.support.Tenants.Member(account, login.accessToken()));
        Buying.costCentre(shop, "IT");
        UUID supplier = Buying.supplier(shop, "LOG");
        String orderId = Buying.order(shop, supplier, Buying.lines(Buying.line("X", "1", "3", "0")))
                .getString("id");
        String requestId = "obs-" + UUID.randomUUID();
        Api.request("POST", shop.path("/purchase-orders/" + orderId + "/submit"))
                .token(shop.token())
                .header("X-Request-Id", requestId)
                .send()
                .expect(200);

        JsonObject line = ServerLogs.messages().stream()
                .filter(l -> l.contains(requestId))
                .map(l -> {
                    try (var reader = Json.createReader(new StringReader(l))) {
                        return reader.readObject();
                    }
                })
                .filter(l -> l.getString("message", "").contains("submitted"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JSON log line for request " + requestId));
        assertEquals(requestId, line.getString("ext_requestId"));
        assertEquals(account.id().toString(), line.getString("ext_userId"));
        assertEquals(shop.tenantId().toString(), line.getString("ext_tenantId"));

        List<String> everything = ServerLogs.allLines();
        for (String secret : List.of(login.accessToken(), login.refreshToken(), account.password())) {
            assertTrue(everything.stream().noneMatch(l -> l.contains(secret)), "a secret reached the logs");
        }
    }
}
