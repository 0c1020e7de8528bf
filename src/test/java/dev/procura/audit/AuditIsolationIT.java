package dev.procura.audit;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every audit, history and search-adjacent endpoint against a member of another tenant, a
 * non-member and no token (404, 404, 401); the audit:read endpoints refuse a viewer (403) and
 * admit a custom role holding audit:read; everyone reads their own history and activity.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIsolationIT {

    private Shop shop;
    private Member viewer;
    private Member auditor;
    private Member outsider;
    private Member stranger;

    /** An endpoint and whether it needs audit:read (else any member). */
    private record Endpoint(String path, boolean auditRead) {}

    private List<Endpoint> endpoints() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return List.of(
                new Endpoint("/audit/logs", true),
                new Endpoint("/audit/logs?action=supplier.", true),
                new Endpoint("/audit/logs/" + shop.admin().id(), true),
                new Endpoint("/audit/entities/tenant/" + shop.tenantId(), true),
                new Endpoint("/audit/verify", true),
                new Endpoint("/audit/checkpoints", true),
                new Endpoint("/compliance/report?from=" + today + "&to=" + today + "&format=xlsx", true),
                new Endpoint("/history", false),
                new Endpoint("/documents/recent", false));
    }

    @BeforeAll
    void setUp() {
        shop = Buying.shop("Audit isolation");
        viewer = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "auditor")
                                .add(
                                        "permissions",
                                        Json.createArrayBuilder()
                                                .add("tenant:read")
                                                .add("audit:read")
                                                .add("conversions:run")
                                                .add("documents:read"))
                                .build())
                .expect(201);
        auditor = Tenants.join(shop.tenantId(), shop.token(), "auditor");
        Shop other = Buying.shop("Audit isolation, the other tenant");
        outsider = other.admin();
        stranger = Tenants.signedIn();
    }

    @TestFactory
    Stream<DynamicTest> othersAreRefused() {
        return endpoints().stream()
                .map(e -> DynamicTest.dynamicTest("GET " + e.path(), () -> {
                    Api.get(shop.path(e.path()), outsider.token()).expectProblem(404, "not-found");
                    Api.get(shop.path(e.path()), stranger.token()).expectProblem(404, "not-found");
                    Api.get(shop.path(e.path()), null).expectProblem(401, "unauthenticated");
                }));
    }

    @TestFactory
    Stream<DynamicTest> rolesDecide() {
        return endpoints().stream()
                .map(e -> DynamicTest.dynamicTest("GET " + e.path(), () -> {
                    int expected = e.path().startsWith("/compliance") ? 202 : 200;
                    if (e.auditRead()) {
                        Api.get(shop.path(e.path()), viewer.token()).expectProblem(403, "forbidden");
                    } else {
                        Api.get(shop.path(e.path()), viewer.token()).expect(200);
                    }
                    Api.get(shop.path(e.path()), auditor.token()).expect(expected);
                    Api.get(shop.path(e.path()), shop.token()).expect(expected);
                }));
    }

    @TestFactory
    Stream<DynamicTest> ownActivityIsEveryonesToRead() {
        return Stream.of(viewer, auditor)
                .map(m -> DynamicTest.dynamicTest(
                        m.account().email(),
                        () -> Api.get(shop.path("/audit/logs/" + m.id()), m.token())
                                .expect(200)));
    }

    @TestFactory
    Stream<DynamicTest> platformAuditIsForOperatorsOnly() {
        return Stream.of("/api/v1/admin/audit/logs", "/api/v1/admin/audit/verify")
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    Api.get(path, shop.token()).expectProblem(403, "forbidden");
                    Api.get(path, null).expectProblem(401, "unauthenticated");
                }));
    }
}
