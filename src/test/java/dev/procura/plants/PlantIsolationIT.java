package dev.procura.plants;

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
import java.util.ArrayList;
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
 * Every plant endpoint, and a member's role assignments, against a member of another tenant, a
 * non-member and no token; every member reads plants (config:read), only administrators and
 * roles granted config:manage change them; another tenant's plant is not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantIsolationIT {

    private record Fixture(Shop shop, String plant, Member member) {
        String path(String template) {
            return template.replace("{plant}", plant)
                    .replace("{member}", member.id().toString());
        }
    }

    /** {@code fresh}: the call deletes what it names, so a new plant is made for it. */
    private record Endpoint(
            String method,
            String path,
            Function<Fixture, JsonObject> body,
            String permission,
            Set<Integer> allowed,
            boolean fresh) {
        String name() {
            return method + " " + path;
        }
    }

    private static final String READ = "config:read";
    private static final String MANAGE = "config:manage";
    /** Roles to their config permissions; "site-manager" is a custom role granted both. */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "site-manager", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    private static JsonObject newPlant(Fixture f) {
        return PlantIT.plantBody("p-" + UUID.randomUUID().toString().substring(0, 8), "Matrix", "Europe/Lisbon")
                .build();
    }

    private static final List<Endpoint> PLANT_ENDPOINTS = List.of(
            new Endpoint("POST", "/plants", PlantIsolationIT::newPlant, MANAGE, Set.of(201), false),
            new Endpoint("GET", "/plants", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/plants/{plant}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/plants/{plant}",
                    f -> PlantIT.plantBody("matrix", "Matrix renamed", "Europe/Lisbon")
                            .build(),
                    MANAGE,
                    Set.of(200),
                    false),
            new Endpoint("DELETE", "/plants/{plant}", f -> null, MANAGE, Set.of(204), true));

    private static JsonObject assignments(Fixture f) {
        return Json.createObjectBuilder()
                .add(
                        "assignments",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("role", "viewer"))
                                .add(Json.createObjectBuilder()
                                        .add("role", "requester")
                                        .add(
                                                "plant_ids",
                                                Json.createArrayBuilder().add(f.plant()))))
                .build();
    }

    private static final List<Endpoint> ROLE_ENDPOINTS = List.of(
            new Endpoint("GET", "/members/{member}/roles", f -> null, "members:read", Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/members/{member}/roles",
                    PlantIsolationIT::assignments,
                    "members:write",
                    Set.of(200),
                    false));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        return new Fixture(
                shop, PlantIT.createPlant(shop, "matrix"), Tenants.join(shop.tenantId(), shop.token(), "viewer"));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Plant matrix");
        other = fixture("Plant other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("site-manager", List.of("tenant:read", READ, MANAGE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = endpoint.fresh()
                ? new Fixture(
                        target.shop(),
                        PlantIT.createPlant(
                                target.shop(),
                                "fresh-" + UUID.randomUUID().toString().substring(0, 8)),
                        target.member())
                : target;
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(named.path(endpoint.path())))
                .token(token);
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    private static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>(PLANT_ENDPOINTS);
        all.addAll(ROLE_ENDPOINTS);
        return all;
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                all(),
                Endpoint::name,
                (e, token) -> call(e, main, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsPlantsAndMembersAreNotFoundInOnesOwnTenant() {
        return all().stream()
                .filter(e -> e.path().contains("{") && !e.fresh())
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsPlantsAndOnlyManagersChangeThem() {
        return RoleMatrix.tests(
                PLANT_ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (endpoint, token) -> call(endpoint, main, token, main));
    }

    @TestFactory
    Stream<DynamicTest> onlyMemberManagersSetRoleAssignments() {
        Endpoint put = ROLE_ENDPOINTS.get(1);
        return Stream.of("viewer", "requester", "approver", "site-manager")
                .map(role -> DynamicTest.dynamicTest(
                        put.name() + " as " + role,
                        () -> call(put, main, byRole.get(role).token(), main).expectProblem(403, "forbidden")));
    }
}
