package dev.procura.analytics;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every analytics and dashboard endpoint against a member of another tenant, a non-member and no
 * token; viewers, approvers, admins and a custom role with analytics:read read them, requesters and
 * a role without it do not; only analytics:manage (admins, a custom role) defines dashboards.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIsolationIT {

    private static final String READ = "analytics:read";
    private static final String MANAGE = "analytics:manage";
    private static final String PERIOD = "?from=2026-01-01&to=2026-12-31";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "analyst", Set.of(READ),
            "board-keeper", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    /** A path may name {dashboard} (the fixture's) or {fresh} (a dashboard made for that call). */
    private record Endpoint(String method, String path, boolean body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/analytics/definitions", false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/suppliers" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/savings" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/approvals" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/extraction" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/conversion" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("GET", "/analytics/processing" + PERIOD, false, READ, Set.of(200)),
            new Endpoint("POST", "/dashboards", true, MANAGE, Set.of(201)),
            new Endpoint("GET", "/dashboards", false, READ, Set.of(200)),
            new Endpoint("GET", "/dashboards/kpis", false, READ, Set.of(200)),
            new Endpoint("GET", "/dashboards/{dashboard}", false, READ, Set.of(200)),
            new Endpoint("GET", "/dashboards/{dashboard}/data", false, READ, Set.of(200)),
            new Endpoint("PUT", "/dashboards/{dashboard}", true, MANAGE, Set.of(200)),
            new Endpoint("DELETE", "/dashboards/{fresh}", false, MANAGE, Set.of(204)));

    private Shop main;
    private Shop other;
    private String mainDashboard;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static JsonObject body() {
        return Json.createObjectBuilder()
                .add("name", "Board " + UUID.randomUUID())
                .add(
                        "tiles",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("title", "Spend")
                                        .add("kpi", "spend")
                                        .add("period", "last_7_days")))
                .build();
    }

    private static String dashboard(Shop shop) {
        return Api.post(shop.path("/dashboards"), shop.token(), body())
                .expect(201)
                .json()
                .getString("id");
    }

    @BeforeAll
    void arrange() {
        main = Buying.shop("Analytics matrix");
        other = Buying.shop("Analytics other");
        mainDashboard = dashboard(main);
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "analyst",
                        List.of("tenant:read", READ),
                        "board-keeper",
                        List.of("tenant:read", READ, MANAGE),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner, String dashboardId) {
        String path = endpoint.path().replace("{dashboard}", dashboardId);
        if (path.contains("{fresh}")) {
            path = path.replace("{fresh}", dashboard(main));
        }
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        if (endpoint.body()) {
            request.json(body());
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, token, main, mainDashboard),
                other.token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsDashboardIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{dashboard}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's dashboard",
                        () -> call(e, other.token(), other, mainDashboard).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersOfAnalyticsReadThemAndManagersDefineDashboards() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main, mainDashboard));
    }
}
