package dev.procura.analytics;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every analytics endpoint against a member of another tenant, a non-member and no token; viewers,
 * approvers and admins (and a custom role with analytics:read) read analytics, requesters and a
 * role without it do not.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIsolationIT {

    private static final String READ = "analytics:read";
    private static final String PERIOD = "?from=2026-01-01&to=2026-12-31";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ),
            "analyst", Set.of(READ),
            "outsider-role", Set.of());

    private record Endpoint(String path) {
        String name() {
            return "GET " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/analytics/definitions"),
            new Endpoint("/analytics/suppliers" + PERIOD),
            new Endpoint("/analytics/savings" + PERIOD),
            new Endpoint("/analytics/approvals" + PERIOD),
            new Endpoint("/analytics/extraction" + PERIOD),
            new Endpoint("/analytics/conversion" + PERIOD),
            new Endpoint("/analytics/processing" + PERIOD));

    private Shop main;
    private Shop other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Buying.shop("Analytics matrix");
        other = Buying.shop("Analytics other");
        byRole.putAll(RoleMatrix.members(
                main, Map.of("analyst", List.of("tenant:read", READ), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token) {
        return Api.get(main.path(endpoint.path()), token);
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(ENDPOINTS, Endpoint::name, this::call, other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> readersOfAnalyticsReadThemAndNoOneElse() {
        return RoleMatrix.tests(ENDPOINTS, Endpoint::name, e -> READ, e -> Set.of(200), ROLES, byRole, this::call);
    }
}
