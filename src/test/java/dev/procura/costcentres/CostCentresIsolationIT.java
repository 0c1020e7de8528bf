package dev.procura.costcentres;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every cost centre endpoint against a member of another tenant, a non-member and no token; every
 * member reads (masters:read), only administrators and roles granted masters:write change them;
 * another tenant's cost centres are not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostCentresIsolationIT {

    private static final String READ = "masters:read";
    private static final String WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "master-keeper", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private record Fixture(Shop shop, String centre) {}

    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static String unique() {
        return "CC" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/cost-centres",
                    f -> CostCentreIT.body(unique(), "Matrix").build(),
                    WRITE,
                    Set.of(201)),
            new Endpoint("GET", "/cost-centres", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/cost-centres?parent=IT&active=true", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/cost-centres/{centre}", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/cost-centres/{centre}/tree", f -> null, READ, Set.of(200)),
            new Endpoint(
                    "PUT",
                    "/cost-centres/{centre}",
                    f -> CostCentreIT.body("MATRIX", "Matrix renamed")
                            .add("parent_code", "IT")
                            .build(),
                    WRITE,
                    Set.of(200)));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        return new Fixture(
                shop,
                CostCentreIT.create(
                                shop,
                                CostCentreIT.body("MATRIX", "Matrix")
                                        .add("parent_code", "IT")
                                        .build())
                        .getString("id"));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Cost centres matrix");
        other = fixture("Cost centres other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("master-keeper", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s records named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        String path = endpoint.path().replace("{centre}", target.centre());
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.shop().path(path)).token(token);
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, main, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsCostCentresAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsAndOnlyMasterWritersChange() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (endpoint, token) -> call(endpoint, main, token, main));
    }
}
