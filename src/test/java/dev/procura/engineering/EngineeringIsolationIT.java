package dev.procura.engineering;

import dev.procura.support.Api;
import dev.procura.support.Outsiders;
import dev.procura.support.Production;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every project engineering endpoint (BOM, change orders and their workflow) against a member of
 * another tenant, a non-member and no token; the role matrix (projects:read reads, projects:write
 * changes; custom roles with only one of them); another tenant's records not found in one's own
 * tenant; and the plant dimension: a project engineer at plant A only.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineeringIsolationIT {

    private static final String READ = "projects:read";
    private static final String WRITE = "projects:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "project-reader", Set.of(READ),
            "project-engineer", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        LINE,
        CHANGE_ORDER,
        SUBMISSION,
        PROCUREMENT,
        REMARK,
        COMMENT
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/bom", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/bom", Body.LINE, WRITE, Set.of(201)),
            new Endpoint("GET", "/bom/{line}", Body.NONE, READ, Set.of(200)),
            new Endpoint("DELETE", "/bom/{fresh-line}", Body.NONE, WRITE, Set.of(204)),
            new Endpoint("GET", "/bom/explosion?quantity=3", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/bom/procurement", Body.PROCUREMENT, WRITE, Set.of(200)),
            new Endpoint("POST", "/change-orders", Body.CHANGE_ORDER, WRITE, Set.of(201)),
            new Endpoint("GET", "/change-orders", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/change-orders/approved-changes", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/change-orders/{co}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/change-orders/{co}", Body.CHANGE_ORDER, WRITE, Set.of(200)),
            new Endpoint("POST", "/rda", Body.SUBMISSION, WRITE, Set.of(201, 409)),
            new Endpoint("GET", "/rda", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/rda/{rda}", Body.NONE, READ, Set.of(200)));

    /** The workflow engine's endpoints for change orders: approvals permissions, in the outsider rows. */
    private static final List<Endpoint> WORKFLOW_ENDPOINTS = List.of(
            new Endpoint("GET", "/change-orders/{co}/workflow", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint("GET", "/change-orders/{co}/transitions", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint(
                    "POST", "/change-orders/{co}/transitions/approved", Body.COMMENT, "approvals:request", Set.of(200)),
            new Endpoint("POST", "/rda/{rda}/comments", Body.REMARK, "approvals:request", Set.of(201)),
            new Endpoint("GET", "/rda/{rda}/workflow", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint("GET", "/rda/{rda}/transitions", Body.NONE, "approvals:read", Set.of(200)),
            new Endpoint("POST", "/rda/{rda}/transitions/approved", Body.COMMENT, "approvals:request", Set.of(200)));

    private Engineering main;
    private Engineering other;
    private String line;
    private String changeOrder;
    private String drawing;
    private String revision;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Engineering.ready("Engineering matrix");
        other = Engineering.ready("Engineering other");
        main.defineWorkflow("change_order", "open", "approved", "rejected");
        other.defineWorkflow("change_order", "open", "approved", "rejected");
        main.defineWorkflow("drawing", "submitted", "approved", "rejected");
        drawing = main.document("Matrix drawing", "drawing");
        revision = main.submit(drawing).getString("id");
        line = main.addLine(Engineering.line(null, "FRAME", "1", "ea", "make"));
        other.addLine(Engineering.line(null, "FRAME", "1", "ea", "make"));
        changeOrder =
                main.requestChange(Engineering.changeOrder("Matrix", "10", 1)).getString("id");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of(
                        "project-reader", List.of("tenant:read", READ),
                        "project-engineer", List.of("tenant:read", READ, WRITE),
                        "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token, Engineering owner) {
        String path = endpoint.path()
                .replace("{line}", line)
                .replace("{co}", changeOrder)
                .replace("{rda}", revision)
                .replace(
                        "{fresh-line}",
                        owner == main ? main.addLine(Engineering.line(line, "BOLT", "2", "ea", "buy")) : line);
        Api.Request request = Api.request(endpoint.method(), owner.path(path)).token(token);
        switch (endpoint.body()) {
            case LINE ->
                request.json(Engineering.line(line, "TUBE", "25", "cm", "buy").build());
            case CHANGE_ORDER ->
                request.json(Engineering.changeOrder("Matrix", "12", 2).build());
            case SUBMISSION ->
                request.json(
                        Json.createObjectBuilder().add("document_id", drawing).build());
            case PROCUREMENT ->
                request.json(Json.createObjectBuilder()
                        .add("kind", "rfq")
                        .add("currency", "EUR")
                        .build());
            case REMARK ->
                request.json(Json.createObjectBuilder().add("body", "Matrix").build());
            case COMMENT -> request.json(Json.createObjectBuilder().build());
            case NONE -> {}
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                Stream.concat(ENDPOINTS.stream(), WORKFLOW_ENDPOINTS.stream()).toList(),
                Endpoint::name,
                (e, token) -> call(e, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsRecordsAreNotFoundInOnesOwnTenant() {
        return Stream.concat(ENDPOINTS.stream(), WORKFLOW_ENDPOINTS.stream())
                .filter(e -> !e.path().contains("{fresh-line}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's project",
                        () -> call(e, other.shop().token(), new Engineering(other.shop(), main.project()))
                                .expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> projectReadersReadAndProjectWritersChange() {
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

    @Test
    void commentingOnARevisionNeedsApprovalsRequestAndAProjectOneReads() {
        String path = "/rda/" + revision + "/comments";
        JsonObject remark = Json.createObjectBuilder().add("body", "Roles").build();
        Api.post(main.path(path), byRole.get("viewer").token(), remark).expectProblem(403, "forbidden");
        Api.post(main.path(path), byRole.get("requester").token(), remark).expectProblem(404, "not-found");
        Api.post(main.path(path), byRole.get("approver").token(), remark).expect(201);
        Api.get(
                        main.path("/rda/" + revision + "/workflow"),
                        byRole.get("project-reader").token())
                .expectProblem(403, "forbidden");
        Api.get(
                        main.path("/rda/" + revision + "/workflow"),
                        byRole.get("requester").token())
                .expectProblem(404, "not-found");
    }

    @Test
    void aProjectEngineerAtPlantAReachesOnlyTheEngineeringOfItsProjects() {
        String plantA = Production.plant(main.shop(), "eng-plant-a");
        String plantB = Production.plant(main.shop(), "eng-plant-b");
        Engineering atA = new Engineering(main.shop(), Engineering.project(main.shop(), "PRJ-A", plantA));
        Engineering atB = new Engineering(main.shop(), Engineering.project(main.shop(), "PRJ-B", plantB));
        Api.post(
                        main.shop().path("/roles"),
                        main.shop().token(),
                        Json.createObjectBuilder()
                                .add("name", "eng-staff")
                                .add("description", "Plant staff: nothing tenant-wide")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Member engineerA = Tenants.join(main.shop().tenantId(), main.shop().token(), "eng-staff");
        setRoles(engineerA, assignment("eng-staff"), assignment("project-engineer", plantA));
        Member viewerEngineerB =
                Tenants.join(main.shop().tenantId(), main.shop().token(), "viewer");
        setRoles(viewerEngineerB, assignment("viewer"), assignment("project-engineer", plantB));

        Api.post(
                        atA.path("/bom"),
                        engineerA.token(),
                        Engineering.line(null, "MOTOR", "1", "ea", "buy").build())
                .expect(201);
        Api.get(atA.path("/bom/explosion"), engineerA.token()).expect(200);
        Api.post(
                        atA.path("/change-orders"),
                        engineerA.token(),
                        Engineering.changeOrder("At A", "5", 0).build())
                .expect(201);
        Api.get(atB.path("/bom"), engineerA.token()).expectProblem(404, "not-found");
        Api.post(
                        atB.path("/bom"),
                        engineerA.token(),
                        Engineering.line(null, "MOTOR", "1", "ea", "buy").build())
                .expectProblem(404, "not-found");
        Api.get(atB.path("/change-orders"), engineerA.token()).expectProblem(404, "not-found");
        Api.get(main.path("/bom"), engineerA.token()).expectProblem(404, "not-found");

        Api.get(atA.path("/bom"), viewerEngineerB.token()).expect(200);
        Api.post(
                        atA.path("/bom"),
                        viewerEngineerB.token(),
                        Engineering.line(null, "MOTOR", "1", "ea", "buy").build())
                .expectProblem(403, "plant-access-denied");
        Api.post(
                        atA.path("/change-orders"),
                        viewerEngineerB.token(),
                        Engineering.changeOrder("Not at A", "5", 0).build())
                .expectProblem(403, "plant-access-denied");
        Api.post(
                        atB.path("/bom"),
                        viewerEngineerB.token(),
                        Engineering.line(null, "MOTOR", "1", "ea", "buy").build())
                .expect(201);
    }
}
