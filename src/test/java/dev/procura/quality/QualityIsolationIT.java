package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every quality endpoint against a member of another tenant, a non-member and no token; the role
 * matrix (quality:read reads, quality:write defines plans and inspects; requesters and a role
 * without either get 403); and plants: an inspector at plant A reaches A's inspections only.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityIsolationIT {

    private static final String READ = "quality:read";
    private static final String WRITE = "quality:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "quality-reader", Set.of(READ),
            "inspector", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        PLAN,
        FRESH_PLAN,
        INSPECTION,
        MEASUREMENT,
        DECISION
    }

    /** A path may name {plan}, {inspection} and {characteristic} (the fixture's) or {fresh-…} (made for that call). */
    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/inspection-plans", Body.FRESH_PLAN, WRITE, Set.of(201)),
            new Endpoint("GET", "/inspection-plans", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/inspection-plans/{plan}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/inspection-plans/{plan}", Body.PLAN, WRITE, Set.of(200)),
            new Endpoint("DELETE", "/inspection-plans/{fresh-plan}", Body.NONE, WRITE, Set.of(204)),
            new Endpoint("POST", "/inspections", Body.INSPECTION, WRITE, Set.of(201)),
            new Endpoint("GET", "/inspections", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/inspections/{inspection}", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/inspections/{inspection}/measurements", Body.MEASUREMENT, WRITE, Set.of(200)),
            new Endpoint("POST", "/inspections/{fresh-inspection}/decision", Body.DECISION, WRITE, Set.of(200)),
            new Endpoint(
                    "GET",
                    "/quality/spc-charts?characteristic={characteristic}&chart=i_mr",
                    Body.NONE,
                    READ,
                    Set.of(200)));

    private Shop main;
    private Shop other;
    private String plan;
    private String inspection;
    private String characteristic;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static JsonObject planBody(String operation) {
        return Quality.planBody("SHAFT", "operation", operation, Quality.variable("DIA", "19", "20", "21", 25))
                .build();
    }

    private String freshPlan() {
        return Api.post(main.path("/inspection-plans"), main.token(), planBody("OP-" + UUID.randomUUID()))
                .expect(201)
                .json()
                .getString("id");
    }

    private JsonObject inspectionBody() {
        return Json.createObjectBuilder()
                .add("plan_id", plan)
                .add("quantity", 5)
                .build();
    }

    private String freshInspection() {
        return Api.post(main.path("/inspections"), main.token(), inspectionBody())
                .expect(201)
                .json()
                .getString("id");
    }

    @BeforeAll
    void arrange() {
        main = Quality.shop("Quality matrix");
        other = Quality.shop("Quality other");
        JsonObject defined = Api.post(main.path("/inspection-plans"), main.token(), planBody("TURN"))
                .expect(201)
                .json();
        plan = defined.getString("id");
        characteristic =
                defined.getJsonArray("characteristics").getJsonObject(0).getString("id");
        inspection = freshInspection();
        Quality.measure(
                        main,
                        inspection,
                        Quality.batch(
                                Quality.value("DIA", 1, "20.1"),
                                Quality.value("DIA", 2, "19.8"),
                                Quality.value("DIA", 3, "20.3")))
                .expect(200);
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "quality-reader",
                        List.of("tenant:read", READ),
                        "inspector",
                        List.of("tenant:read", READ, WRITE),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner) {
        String path = endpoint.path()
                .replace("{plan}", plan)
                .replace("{inspection}", inspection)
                .replace("{characteristic}", characteristic);
        if (path.contains("{fresh-plan}")) {
            path = path.replace("{fresh-plan}", freshPlan());
        }
        if (path.contains("{fresh-inspection}")) {
            path = path.replace("{fresh-inspection}", freshInspection());
        }
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        switch (endpoint.body()) {
            case PLAN -> request.json(planBody("TURN"));
            case FRESH_PLAN -> request.json(planBody("OP-" + UUID.randomUUID()));
            case INSPECTION -> request.json(inspectionBody());
            case MEASUREMENT ->
                request.json(Quality.value("DIA", ThreadLocalRandom.current().nextInt(1, 1_000_000), "20.2")
                        .build());
            case DECISION -> request.json(Quality.decision("accept", null, "fine", null));
            case NONE -> {}
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS, Endpoint::name, (e, token) -> call(e, token, main), other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsPlansAndInspectionsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{plan}")
                        || e.path().contains("{inspection}")
                        || e.path().contains("{characteristic}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's record",
                        () -> call(e, other.token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersReadAndWritersDefineAndInspect() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main));
    }

    private static JsonObjectBuilder assignment(String role, String... plants) {
        JsonObjectBuilder assignment = Json.createObjectBuilder().add("role", role);
        if (plants.length > 0) {
            assignment.add("plant_ids", Json.createArrayBuilder(List.of(plants)));
        }
        return assignment;
    }

    private String plantOf(String code) {
        return Api.post(
                        main.path("/plants"),
                        main.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Plant " + code)
                                .add("time_zone", "Europe/Paris")
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private String inspectionAt(String plant) {
        return Api.post(
                        main.path("/inspections"),
                        main.token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("quantity", 2)
                                .add("plant_id", plant)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    @Test
    void anInspectorAtOnePlantReachesThatPlantsInspectionsOnly() {
        String plantA = plantOf("qa-a");
        String plantB = plantOf("qa-b");
        String atA = inspectionAt(plantA);
        String atB = inspectionAt(plantB);
        Api.post(
                        main.path("/roles"),
                        main.token(),
                        Json.createObjectBuilder()
                                .add("name", "staff")
                                .add("description", "Plant staff: nothing tenant-wide")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Member inspectorA = Tenants.join(main.tenantId(), main.token(), "staff");
        JsonArrayBuilder roles =
                Json.createArrayBuilder().add(assignment("staff")).add(assignment("inspector", plantA));
        Api.put(
                        main.path("/members/" + inspectorA.id() + "/roles"),
                        main.token(),
                        Json.createObjectBuilder().add("assignments", roles).build())
                .expect(200);

        Set<String> listed = Api.get(main.path("/inspections?per_page=100"), inspectorA.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(i -> i.getString("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(atA), listed, "not B's, nor those at no plant");
        Api.get(main.path("/inspections/" + atA), inspectorA.token()).expect(200);
        Api.get(main.path("/inspections/" + atB), inspectorA.token()).expectProblem(404, "not-found");
        Api.get(main.path("/inspections/" + inspection), inspectorA.token()).expectProblem(404, "not-found");
        Api.post(
                        main.path("/inspections/" + atA + "/measurements"),
                        inspectorA.token(),
                        Quality.value("DIA", 1, "20").build())
                .expect(200);
        Api.post(
                        main.path("/inspections/" + atB + "/measurements"),
                        inspectorA.token(),
                        Quality.value("DIA", 1, "20").build())
                .expectProblem(404, "not-found");
        Api.post(
                        main.path("/inspections"),
                        inspectorA.token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("quantity", 1)
                                .add("plant_id", plantB)
                                .build())
                .expectProblem(403, "plant-access-denied");
        Api.post(main.path("/inspections"), inspectorA.token(), inspectionBody())
                .expectProblem(403, "plant-access-denied");
        Api.get(main.path("/inspection-plans"), inspectorA.token()).expectProblem(403, "forbidden");
    }
}
