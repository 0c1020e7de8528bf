package dev.procura.production;

import static dev.procura.support.Production.operation;
import static dev.procura.support.Production.workOrderBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Production;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every work order and production figure endpoint against a member of another tenant, a
 * non-member and no token; the role matrix of production:read and production:write; and plant
 * access: a planner at plant A neither sees nor changes plant B's orders, nor counts them in OEE.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionIsolationIT {

    private static final String READ = "production:read";
    private static final String WRITE = "production:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "planner", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    /** A tenant with a planned and a released (running) work order of GEAR. */
    private record Fixture(Shop shop, String planned, String running) {
        String path(String template) {
            return template.replace("{planned}", planned).replace("{running}", running);
        }
    }

    /** {@code fresh}: the call moves the order, so a new one is made in this state: planned or released. */
    private record Endpoint(
            String method,
            String path,
            Function<Fixture, JsonObject> body,
            String permission,
            Set<Integer> allowed,
            String fresh) {
        String name() {
            return method + " " + path;
        }
    }

    private static JsonObject confirmation() {
        return Json.createObjectBuilder()
                .add("sequence", 10)
                .add("quantity_in", 2)
                .add("passed_first_time", 2)
                .add("reworked", 0)
                .add("scrapped", 0)
                .add("run_minutes", 1)
                .build();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/work-orders", f -> newOrder(), WRITE, Set.of(201), null),
            new Endpoint("GET", "/work-orders", f -> null, READ, Set.of(200), null),
            new Endpoint("GET", "/work-orders/{planned}", f -> null, READ, Set.of(200), null),
            new Endpoint("PUT", "/work-orders/{planned}", f -> newOrder(), WRITE, Set.of(200), null),
            new Endpoint("POST", "/work-orders/{planned}/release", f -> null, WRITE, Set.of(200), "planned"),
            new Endpoint("POST", "/work-orders/{running}/complete", f -> null, WRITE, Set.of(200), "released"),
            new Endpoint("POST", "/work-orders/{planned}/cancel", f -> null, WRITE, Set.of(200), "planned"),
            new Endpoint("POST", "/work-orders/{running}/confirmations", f -> confirmation(), WRITE, Set.of(201), null),
            new Endpoint("GET", "/work-orders/{running}/confirmations", f -> null, READ, Set.of(200), null),
            new Endpoint(
                    "POST",
                    "/work-orders/{running}/downtimes",
                    f -> Json.createObjectBuilder()
                            .add("sequence", 10)
                            .add("reason", "setup")
                            .add("minutes", 3)
                            .build(),
                    WRITE,
                    Set.of(201),
                    null),
            new Endpoint("GET", "/work-orders/{running}/downtimes", f -> null, READ, Set.of(200), null),
            new Endpoint(
                    "POST",
                    "/work-orders/{running}/consumptions",
                    f -> Json.createObjectBuilder()
                            .add(
                                    "components",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("item_code", "SHAFT")
                                                    .add("lot_number", "NO-SUCH-LOT")
                                                    .add("quantity", 1)))
                            .build(),
                    WRITE,
                    Set.of(400),
                    null),
            new Endpoint("GET", "/work-orders/{running}/consumptions", f -> null, READ, Set.of(200), null),
            new Endpoint(
                    "POST",
                    "/work-orders/{running}/outputs",
                    f -> Json.createObjectBuilder()
                            .add("good_quantity", 0)
                            .add("scrap_quantity", new BigDecimal("1"))
                            .build(),
                    WRITE,
                    Set.of(201),
                    null),
            new Endpoint("GET", "/work-orders/{running}/outputs", f -> null, READ, Set.of(200), null),
            new Endpoint("GET", "/production/oee", f -> null, READ, Set.of(200), null),
            new Endpoint("GET", "/production/fpy", f -> null, READ, Set.of(200), null));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static JsonObject newOrder() {
        return workOrderBody("GEAR", "10", operation(10, "MAKE", "WC", "30")).build();
    }

    private static Fixture fixture(String name) {
        Shop shop = ProductionIT.shop(name);
        String planned = Production.workOrder(
                        shop, null, workOrderBody("GEAR", "10", operation(10, "MAKE", "WC", "30")))
                .getString("id");
        return new Fixture(shop, planned, Production.released(shop, "GEAR", "10"));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Production matrix");
        other = fixture("Production other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("planner", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = target;
        if ("planned".equals(endpoint.fresh())) {
            named = new Fixture(
                    target.shop(),
                    Production.workOrder(
                                    target.shop(), null, workOrderBody("GEAR", "1", operation(10, "MAKE", "WC", "30")))
                            .getString("id"),
                    target.running());
        } else if ("released".equals(endpoint.fresh())) {
            named = new Fixture(target.shop(), target.planned(), Production.released(target.shop(), "GEAR", "1"));
        }
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(named.path(endpoint.path())))
                .token(token);
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        } else if ("POST".equals(endpoint.method())) {
            request.json(Json.createObjectBuilder().build());
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
    Stream<DynamicTest> anotherTenantsWorkOrdersAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersSeeAndPlannersChange() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (endpoint, token) -> call(endpoint, main, token, main));
    }

    @Test
    void aPlannerAtOnePlantNeitherSeesNorChangesAnothersOrders() {
        Shop shop = ProductionIT.shop("Production plants");
        String plantA = plant(shop, "pa");
        String plantB = plant(shop, "pb");
        String atA = Production.workOrder(shop, plantA, workOrderBody("GEAR", "5", operation(10, "MAKE", "WC-A", "60")))
                .getString("id");
        String atB = Production.workOrder(shop, plantB, workOrderBody("GEAR", "5", operation(10, "MAKE", "WC-B", "60")))
                .getString("id");
        for (String id : List.of(atA, atB)) {
            Api.post(
                            shop.path("/work-orders/" + id + "/release"),
                            shop.token(),
                            Json.createObjectBuilder().build())
                    .expect(200);
            Api.post(shop.path("/work-orders/" + id + "/confirmations"), shop.token(), confirmation())
                    .expect(201);
        }
        role(shop, "staff", List.of("tenant:read"));
        role(shop, "planner", List.of(READ, WRITE));
        Member planner = Tenants.join(shop.tenantId(), shop.token(), "staff");
        Api.put(
                        shop.path("/members/" + planner.id() + "/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "assignments",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("role", "staff"))
                                                .add(Json.createObjectBuilder()
                                                        .add("role", "planner")
                                                        .add(
                                                                "plant_ids",
                                                                Json.createArrayBuilder()
                                                                        .add(plantA))))
                                .build())
                .expect(200);

        Api.get(shop.path("/work-orders/" + atA), planner.token()).expect(200);
        Api.get(shop.path("/work-orders/" + atB), planner.token()).expectProblem(404, "not-found");
        JsonObject page =
                Api.get(shop.path("/work-orders"), planner.token()).expect(200).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(atA, page.getJsonArray("items").getJsonObject(0).getString("id"));
        Api.post(
                        shop.path("/work-orders"),
                        planner.token(),
                        workOrderBody("GEAR", "1", operation(10, "M", "W", "1"))
                                .add("plant_id", plantB)
                                .build())
                .expectProblem(403, "plant-access-denied");
        Api.post(shop.path("/work-orders/" + atB + "/confirmations"), planner.token(), confirmation())
                .expectProblem(404, "not-found");
        Api.post(shop.path("/work-orders"), planner.token(), newOrder()).expectProblem(403, "plant-access-denied");
        JsonObject oee = Api.get(shop.path("/production/oee"), planner.token())
                .expect(200)
                .json();
        assertEquals(
                List.of("WC-A"),
                oee.getJsonArray("work_centres").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("work_centre"))
                        .toList());
        assertEquals(
                2,
                Api.get(shop.path("/production/oee"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("work_centres")
                        .size());
    }

    private static void role(Shop shop, String name, List<String> permissions) {
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("description", "Role " + name)
                                .add("permissions", Json.createArrayBuilder(permissions))
                                .build())
                .expect(201);
    }

    private static String plant(Shop shop, String code) {
        return Production.plant(shop, code);
    }
}
