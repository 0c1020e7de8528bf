package dev.procura.items;

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
 * Every units, unit conversions and items endpoint against a member of another tenant, a
 * non-member and no token; every member reads master data (masters:read), only administrators and
 * roles granted masters:write change it; another tenant's records are not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemIsolationIT {

    private record Fixture(Shop shop, String unit, String unitCode, String conversion, String item) {
        String path(String template) {
            return template.replace("{unit}", unit)
                    .replace("{conversion}", conversion)
                    .replace("{item}", item);
        }
    }

    /** {@code fresh}: the call deletes what it names, so new records are made for it. */
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

    private static final String READ = "masters:read";
    private static final String WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "master-keeper", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private static String fresh() {
        return "x" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Two new units of the fixture's tenant and a conversion between them. */
    private static JsonObject newConversion(Fixture f) {
        String from = fresh();
        String to = fresh();
        Masters.unit(f.shop(), from, "count", 0);
        Masters.unit(f.shop(), to, "count", 0);
        return Masters.conversionBody(from, to, "10");
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST", "/units", f -> Masters.unitBody(fresh(), "count", 0).build(), WRITE, Set.of(201), false),
            new Endpoint("GET", "/units", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/units/{unit}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/units/{unit}",
                    f -> Masters.unitBody(f.unitCode(), "count", 0)
                            .add("name", "Renamed")
                            .build(),
                    WRITE,
                    Set.of(200),
                    false),
            new Endpoint("DELETE", "/units/{unit}", f -> null, WRITE, Set.of(204, 409), true),
            new Endpoint("POST", "/unit-conversions", ItemIsolationIT::newConversion, WRITE, Set.of(201), false),
            new Endpoint("GET", "/unit-conversions", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/unit-conversions/{conversion}", f -> null, READ, Set.of(200), false),
            new Endpoint("DELETE", "/unit-conversions/{conversion}", f -> null, WRITE, Set.of(204), true),
            new Endpoint("POST", "/items", f -> Masters.itemBody(fresh(), "ea").build(), WRITE, Set.of(201), false),
            new Endpoint("GET", "/items", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/items/{item}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/items/{item}",
                    f -> Masters.itemBody("MATRIX", "ea")
                            .add("lead_time_days", 3)
                            .build(),
                    WRITE,
                    Set.of(200),
                    false),
            new Endpoint("DELETE", "/items/{item}", f -> null, WRITE, Set.of(204), true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    /** A unit (with no item on it, so it may be deleted), a conversion and an item in ea. */
    private static Fixture records(Shop shop) {
        String unit = fresh();
        String unitId = Masters.unit(shop, unit, "count", 0);
        String target = fresh();
        Masters.unit(shop, target, "count", 0);
        String conversion = Masters.conversion(shop, unit, target, "6");
        Api.delete(shop.path("/unit-conversions/" + conversion), shop.token()).expect(204);
        conversion = Masters.conversion(shop, target, unit, "2");
        String item = Masters.item(shop, Masters.itemBody(fresh(), "ea").build());
        return new Fixture(shop, unitId, unit, conversion, item);
    }

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        Masters.unit(shop, "ea", "count", 0);
        String item = Masters.item(shop, Masters.itemBody("MATRIX", "ea").build());
        Fixture made = records(shop);
        return new Fixture(shop, made.unit(), made.unitCode(), made.conversion(), item);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Masters matrix");
        other = fixture("Masters other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("master-keeper", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s records named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = endpoint.fresh() ? records(target.shop()) : target;
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(named.path(endpoint.path())))
                .token(token);
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
    Stream<DynamicTest> anotherTenantsRecordsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.fresh())
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsMasterDataAndOnlyKeepersChangeIt() {
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
