package dev.procura.customfields;

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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every custom field endpoint against a member of another tenant, a non-member and no token; every
 * member reads definitions (config:read), only administrators and roles granted config:manage
 * change them; another tenant's field ids are not found in one's own tenant, and another tenant's
 * fields neither show nor filter in one's own lists.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomFieldIsolationIT {

    private record Fixture(Shop shop, String field) {
        String path(String template) {
            return template.replace("{field}", field);
        }
    }

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
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "curator", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    private static String freshKey() {
        return "k_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/custom-fields",
                    f -> CustomFieldIT.field("supplier", freshKey(), "text").build(),
                    MANAGE,
                    Set.of(201),
                    false),
            new Endpoint("GET", "/custom-fields", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/custom-fields/{field}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/custom-fields/{field}",
                    f -> CustomFieldIT.field("supplier", "matrix", "text").build(),
                    MANAGE,
                    Set.of(200),
                    false),
            new Endpoint("DELETE", "/custom-fields/{field}", f -> null, MANAGE, Set.of(200), true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        return new Fixture(
                shop,
                CustomFieldIT.define(
                        shop, CustomFieldIT.field("supplier", "matrix", "text").build()));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Custom field matrix");
        other = fixture("Custom field other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("curator", List.of("tenant:read", READ, MANAGE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = endpoint.fresh()
                ? new Fixture(
                        target.shop(),
                        CustomFieldIT.define(
                                target.shop(),
                                CustomFieldIT.field("supplier", freshKey(), "text")
                                        .build()))
                : target;
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
    Stream<DynamicTest> anotherTenantsFieldsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.fresh())
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsFieldTakesNoValueAndFiltersNothingHere() {
        Shop lonely = Buying.shop("Custom field lonely");
        return Stream.of(
                DynamicTest.dynamicTest(
                        "a value for the other tenant's field is refused",
                        () -> Api.post(
                                        lonely.path("/suppliers"),
                                        lonely.token(),
                                        Buying.supplierBody("X")
                                                .add(
                                                        "custom_fields",
                                                        Json.createObjectBuilder()
                                                                .add("matrix", "v"))
                                                .build())
                                .expectProblem(400, "validation")),
                DynamicTest.dynamicTest(
                        "a filter on the other tenant's field is refused",
                        () -> Api.get(lonely.path("/suppliers?cf.matrix=v"), lonely.token())
                                .expectProblem(400, "validation")));
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
