package dev.procura.typelists;

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
 * Every type list endpoint against a member of another tenant, a non-member and no token; every
 * member reads (config:read), only administrators and roles granted config:manage write; another
 * tenant's list and value ids are not found in one's own tenant.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeListIsolationIT {

    /** A tenant with a list holding a value (with a child) and a value without children. */
    private record Fixture(Shop shop, String list, String value, String leaf) {
        String path(String template) {
            return template.replace("{list}", list).replace("{value}", value).replace("{leaf}", leaf);
        }
    }

    /** {@code fresh}: the call deletes what it names, so a new list and leaf are made for it. */
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
    /** Roles to their config permissions; "curator" is a custom role granted both. */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "curator", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    private static JsonObject newList(Fixture f) {
        return TypeListIT.listBody("l-" + UUID.randomUUID().toString().substring(0, 8), "Matrix");
    }

    private static JsonObject newValue(Fixture f) {
        return TypeListIT.valueBody("v-" + UUID.randomUUID().toString().substring(0, 8), "Matrix", 1)
                .build();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/type-lists", TypeListIsolationIT::newList, MANAGE, Set.of(201), false),
            new Endpoint("GET", "/type-lists", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/type-lists/{list}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/type-lists/{list}",
                    f -> TypeListIT.listBody("matrix", "Matrix renamed"),
                    MANAGE,
                    Set.of(200),
                    false),
            new Endpoint("DELETE", "/type-lists/{list}", f -> null, MANAGE, Set.of(204), true),
            new Endpoint(
                    "POST", "/type-lists/{list}/values", TypeListIsolationIT::newValue, MANAGE, Set.of(201), false),
            new Endpoint("GET", "/type-lists/{list}/values", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/type-lists/{list}/values/{value}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/type-lists/{list}/values/{value}",
                    f -> TypeListIT.valueBody("parent", "Parent renamed", 2).build(),
                    MANAGE,
                    Set.of(200),
                    false),
            // A value with a child: the caller is let in and told why nothing happens.
            new Endpoint("DELETE", "/type-lists/{list}/values/{value}", f -> null, MANAGE, Set.of(409), false),
            new Endpoint("DELETE", "/type-lists/{list}/values/{leaf}", f -> null, MANAGE, Set.of(204), true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        String list = TypeListIT.createList(shop, "matrix");
        return withValues(shop, list);
    }

    private static Fixture withValues(Shop shop, String list) {
        String value = TypeListIT.addValue(
                shop, list, TypeListIT.valueBody("parent", "Parent", 1).build());
        TypeListIT.addValue(
                shop,
                list,
                TypeListIT.valueBody("child", "Child", 1)
                        .add("parent_id", value)
                        .build());
        String leaf = TypeListIT.addValue(
                shop, list, TypeListIT.valueBody("leaf", "Leaf", 2).build());
        return new Fixture(shop, list, value, leaf);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Type list matrix");
        other = fixture("Type list other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("curator", List.of("tenant:read", READ, MANAGE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = target;
        if (endpoint.fresh()) {
            String list = TypeListIT.createList(
                    target.shop(), "fresh-" + UUID.randomUUID().toString().substring(0, 8));
            named = withValues(target.shop(), list);
        }
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
    Stream<DynamicTest> anotherTenantsListsAndValuesAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.fresh())
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsAndOnlyManagersWrite() {
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
