package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
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
 * Every template and conversion endpoint against a member of another tenant, a non-member and no
 * token; viewers may not convert, requesters and approvers convert but do not manage templates,
 * administrators do both; another tenant's template and conversion ids are not found.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversionIsolationIT {

    /** A tenant with a supplier, a template of its own and a completed conversion of its administrator. */
    private record Fixture(Shop shop, String supplier, String template, String conversion) {
        String path(String template) {
            return template.replace("{template}", this.template).replace("{conversion}", conversion);
        }
    }

    /**
     * An endpoint, the permission it needs and the statuses an allowed caller gets on the fixture's
     * objects. {@code path} may make what it names (a template to delete) before the call.
     */
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

    private static final String RUN = "conversions:run";
    private static final String MANAGE = "templates:manage";
    private static final Set<String> RUNNERS = Set.of("requester", "approver", "admin");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/templates", f -> null, RUN, Set.of(200), false),
            new Endpoint("GET", "/templates/{template}", f -> null, RUN, Set.of(200), false),
            new Endpoint(
                    "POST", "/templates", f -> template("Created " + UUID.randomUUID()), MANAGE, Set.of(201), false),
            new Endpoint(
                    "PUT",
                    "/templates/{template}",
                    f -> template("Renamed " + UUID.randomUUID()),
                    MANAGE,
                    Set.of(200),
                    false),
            new Endpoint("POST", "/templates/{template}/copy", f -> null, MANAGE, Set.of(201), false),
            new Endpoint("DELETE", "/templates/{template}", f -> null, MANAGE, Set.of(204), true),
            new Endpoint(
                    "POST",
                    "/conversions",
                    f -> Conversions.byIds(f.template(), "supplier", List.of(f.supplier())),
                    RUN,
                    Set.of(202),
                    false),
            new Endpoint("GET", "/conversions", f -> null, RUN, Set.of(200), false),
            new Endpoint("GET", "/conversions/{conversion}", f -> null, RUN, Set.of(200), false),
            new Endpoint("GET", "/conversions/{conversion}/preview", f -> null, RUN, Set.of(200), false),
            new Endpoint("GET", "/conversions/{conversion}/download", f -> null, RUN, Set.of(200, 302), false),
            // Finished already: the caller is let in and told why nothing happens.
            new Endpoint("POST", "/conversions/{conversion}/cancel", f -> null, RUN, Set.of(409), false),
            new Endpoint("POST", "/conversions/{conversion}/retry", f -> null, RUN, Set.of(409), false));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static JsonObject template(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("source_type", "supplier")
                .add("format", "csv")
                .add(
                        "columns",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("field", "code"))
                                .add(Json.createObjectBuilder().add("field", "legal_name")))
                .build();
    }

    private static String newTemplate(Shop shop) {
        return Api.post(shop.path("/templates"), shop.token(), template("Matrix " + UUID.randomUUID()))
                .expect(201)
                .json()
                .getString("id");
    }

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        String supplier = Buying.supplier(shop, "MATRIX").toString();
        String template = newTemplate(shop);
        JsonObject done =
                Conversions.run(shop, shop.token(), Conversions.byIds(template, "supplier", List.of(supplier)));
        assertEquals("completed", done.getString("status"), done.toString());
        return new Fixture(shop, supplier, template, done.getString("id"));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Conversion matrix");
        other = fixture("Conversion other");
        byRole.put("admin", main.shop().admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.shop().tenantId(), main.shop().token(), role));
        }
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = endpoint.fresh()
                ? new Fixture(target.shop(), target.supplier(), newTemplate(target.shop()), target.conversion())
                : target;
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(named.path(endpoint.path())))
                .token(token)
                .header("Accept", "application/json");
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFound() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, main, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsTemplateOrConversionIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.fresh())
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> viewersMayNotConvertAndOnlyAdministratorsManageTemplates() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : List.of("viewer", "requester", "approver", "admin")) {
                boolean allowed = RUN.equals(endpoint.permission()) ? RUNNERS.contains(role) : "admin".equals(role);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role, () -> {
                    Reply reply = call(endpoint, main, byRole.get(role).token(), main);
                    if (!allowed) {
                        reply.expectProblem(403, "forbidden");
                    } else if (endpoint.path().contains("{conversion}") && !"admin".equals(role)) {
                        // Allowed, but the conversion is the administrator's and they do not manage conversions.
                        reply.expectProblem(404, "not-found");
                    } else {
                        assertTrue(
                                endpoint.allowed().contains(reply.status()),
                                () -> role + " should be allowed " + endpoint.name() + ": " + reply.status() + " "
                                        + reply.body());
                    }
                }));
            }
        }
        return tests.stream();
    }
}
