package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every NCR endpoint against a member of another tenant, a non-member and no token; the role
 * matrix (quality:read reads, quality:write raises and changes; a custom role with only
 * quality:read reads and nothing more); the NCR workflow endpoints (approvals permissions, and
 * no NCR for a member who cannot read NCRs); and the plant dimension: a member who works on
 * quality at plant A only.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NcrIsolationIT {

    private static final String READ = "quality:read";
    private static final String WRITE = "quality:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "quality-reader", Set.of(READ),
            "quality-engineer", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        RAISE,
        CHANGE,
        ACTION,
        ACTION_CHANGE,
        COMMENT
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/ncrs", Body.RAISE, WRITE, Set.of(201)),
            new Endpoint("GET", "/ncrs", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/ncrs/{ncr}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/ncrs/{ncr}", Body.CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/ncrs/{ncr}/actions", Body.ACTION, WRITE, Set.of(201)),
            new Endpoint("GET", "/ncrs/{ncr}/actions/{action}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/ncrs/{ncr}/actions/{action}", Body.ACTION_CHANGE, WRITE, Set.of(200)));

    /** The workflow engine's endpoints for NCRs: approvals permissions, in the outsider rows. */
    private static final List<Endpoint> WORKFLOW_ENDPOINTS = List.of(
            new Endpoint("GET", "/ncrs/{ncr}/workflow", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint("GET", "/ncrs/{ncr}/transitions", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint("POST", "/ncrs/{ncr}/transitions/review", Body.COMMENT, "approvals:request", Set.of(200)));

    private Ncrs main;
    private Ncrs other;
    private String ncr;
    private String action;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Ncrs.ready("NCR matrix");
        other = Ncrs.ready("NCR other");
        main.define(Ncrs.workflow("open"));
        ncr = main.raise(main.manual()).getString("id");
        action = Api.post(
                        main.shop().path("/ncrs/" + ncr + "/actions"),
                        main.shop().token(),
                        Ncrs.action("preventive", main.shop().admin().id(), "2099-01-01")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of(
                        "quality-reader", List.of("tenant:read", READ),
                        "quality-engineer", List.of("tenant:read", READ, WRITE),
                        "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token, Ncrs pathOwner) {
        String path = endpoint.path().replace("{ncr}", ncr).replace("{action}", action);
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.shop().path(path)).token(token);
        switch (endpoint.body()) {
            case RAISE -> request.json(main.manual().build());
            case CHANGE -> request.json(Ncrs.change(main.get(ncr)).build());
            case ACTION ->
                request.json(Ncrs.action("corrective", main.shop().admin().id(), "2099-01-01")
                        .build());
            case ACTION_CHANGE ->
                request.json(Json.createObjectBuilder()
                        .add("description", "Re-check")
                        .build());
            case COMMENT -> request.json(Json.createObjectBuilder().build());
            case NONE -> {}
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        List<Endpoint> all =
                Stream.concat(ENDPOINTS.stream(), WORKFLOW_ENDPOINTS.stream()).toList();
        return Outsiders.refused(
                all,
                Endpoint::name,
                (e, token) -> call(e, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsNcrIsNotFoundInOnesOwnTenant() {
        return Stream.concat(ENDPOINTS.stream(), WORKFLOW_ENDPOINTS.stream())
                .filter(e -> e.path().contains("{ncr}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's NCR",
                        () -> call(e, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> qualityReadersReadAndQualityWritersRaiseAndChange() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main));
    }

    @Test
    void theWorkflowOfAnNcrNeedsApprovalsPermissionsAndAnNcrOneMayRead() {
        String fresh = main.raise(main.manual()).getString("id");
        String path = "/ncrs/" + fresh;
        Api.get(
                        main.shop().path(path + "/workflow"),
                        byRole.get("quality-reader").token())
                .expectProblem(403, "forbidden");
        Api.get(main.shop().path(path + "/workflow"), byRole.get("requester").token())
                .expectProblem(404, "not-found");
        Api.post(
                        main.shop().path(path + "/transitions/review"),
                        byRole.get("requester").token(),
                        Json.createObjectBuilder().build())
                .expectProblem(404, "not-found");
        assertEquals(
                "open",
                Api.get(
                                main.shop().path(path + "/workflow"),
                                byRole.get("viewer").token())
                        .expect(200)
                        .json()
                        .getString("state"));
        Api.post(
                        main.shop().path(path + "/transitions/review"),
                        byRole.get("viewer").token(),
                        Json.createObjectBuilder().build())
                .expectProblem(403, "forbidden");
        Api.post(
                        main.shop().path(path + "/transitions/review"),
                        byRole.get("approver").token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        assertEquals("under_review", main.get(fresh).getString("status"));
    }

    private static JsonObjectBuilder assignment(String role, String... plants) {
        JsonObjectBuilder assignment = Json.createObjectBuilder().add("role", role);
        if (plants.length > 0) {
            assignment.add("plant_ids", Json.createArrayBuilder(List.of(plants)));
        }
        return assignment;
    }

    private void setRoles(Member member, JsonObjectBuilder... assignments) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder a : assignments) {
            all.add(a);
        }
        Api.put(
                        main.shop().path("/members/" + member.id() + "/roles"),
                        main.shop().token(),
                        Json.createObjectBuilder().add("assignments", all).build())
                .expect(200);
    }

    private Set<String> listed(Member member, String query) {
        return Api.get(main.shop().path("/ncrs?per_page=100" + query), member.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getString("id"))
                .collect(Collectors.toSet());
    }

    @Test
    void aQualityEngineerAtPlantAReachesOnlyItsNcrs() {
        String plantA = Ncrs.plant(main.shop(), "qa-plant-a");
        String plantB = Ncrs.plant(main.shop(), "qa-plant-b");
        JsonObject atA = main.raise(main.manual().add("plant_id", plantA));
        JsonObject atB = main.raise(main.manual().add("plant_id", plantB));
        String nowhere = main.raise(main.manual()).getString("id");
        Api.post(
                        main.shop().path("/roles"),
                        main.shop().token(),
                        Json.createObjectBuilder()
                                .add("name", "staff")
                                .add("description", "Plant staff: nothing tenant-wide")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Member engineerA = Tenants.join(main.shop().tenantId(), main.shop().token(), "staff");
        setRoles(engineerA, assignment("staff"), assignment("quality-engineer", plantA));
        Member viewerEngineerA =
                Tenants.join(main.shop().tenantId(), main.shop().token(), "viewer");
        setRoles(viewerEngineerA, assignment("viewer"), assignment("quality-engineer", plantA));
        String a = atA.getString("id");
        String b = atB.getString("id");

        Set<String> seen = listed(engineerA, "");
        assertTrue(seen.contains(a), seen::toString);
        assertFalse(seen.contains(b), "B's NCR listed");
        assertFalse(seen.contains(nowhere), "an NCR at no plant needs quality:read tenant-wide");
        assertEquals(Set.of(), listed(engineerA, "&plant_id=" + plantB));
        assertEquals(
                seen.size(),
                Api.get(main.shop().path("/ncrs"), engineerA.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        Api.get(main.shop().path("/ncrs/" + a), engineerA.token()).expect(200);
        Api.get(main.shop().path("/ncrs/" + b), engineerA.token()).expectProblem(404, "not-found");
        Api.get(main.shop().path("/ncrs/" + nowhere), engineerA.token()).expectProblem(404, "not-found");
        Api.put(
                        main.shop().path("/ncrs/" + b),
                        engineerA.token(),
                        Ncrs.change(atB).build())
                .expectProblem(404, "not-found");
        Api.post(
                        main.shop().path("/ncrs/" + b + "/actions"),
                        engineerA.token(),
                        Ncrs.action("corrective", engineerA.id(), "2099-01-01").build())
                .expectProblem(404, "not-found");

        Api.post(
                        main.shop().path("/ncrs"),
                        engineerA.token(),
                        main.manual().add("plant_id", plantA).build())
                .expect(201);
        Api.post(
                        main.shop().path("/ncrs"),
                        engineerA.token(),
                        main.manual().add("plant_id", plantB).build())
                .expectProblem(403, "plant-access-denied");
        Api.post(main.shop().path("/ncrs"), engineerA.token(), main.manual().build())
                .expectProblem(403, "plant-access-denied");
        Api.put(
                        main.shop().path("/ncrs/" + a),
                        engineerA.token(),
                        Ncrs.change(atA).add("quantity", 7).build())
                .expect(200);
        Api.put(
                        main.shop().path("/ncrs/" + a),
                        engineerA.token(),
                        Ncrs.change(atA).add("plant_id", plantB).build())
                .expectProblem(403, "plant-access-denied");
        assertEquals(plantA, main.get(a).getString("plant_id"));

        Api.get(main.shop().path("/ncrs/" + b), viewerEngineerA.token()).expect(200);
        Api.put(
                        main.shop().path("/ncrs/" + b),
                        viewerEngineerA.token(),
                        Ncrs.change(atB).build())
                .expectProblem(403, "plant-access-denied");
        Api.put(
                        main.shop().path("/ncrs/" + a),
                        viewerEngineerA.token(),
                        Ncrs.change(atA).build())
                .expect(200);
    }

    @Test
    void aPlantWithNcrsIsNotDeleted() {
        String plant = Ncrs.plant(main.shop(), "qa-kept");
        main.raise(main.manual().add("plant_id", plant));
        JsonObject refused = Api.delete(
                        main.shop().path("/plants/" + plant), main.shop().token())
                .expectProblem(409, "plant-in-use");
        assertTrue(refused.getJsonObject("records").containsKey("ncrs"), refused::toString);
    }
}
