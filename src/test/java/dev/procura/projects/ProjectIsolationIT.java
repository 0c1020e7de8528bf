package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every projects endpoint against a member of another tenant, a non-member and no token; the role
 * matrix (projects:read reads, projects:write changes, projects:admin breaks locks and runs the
 * overdue check); another tenant's project is not found in one's own; and the plant dimension: a
 * member who works on projects at plant A only.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectIsolationIT {

    private static final String READ = "projects:read";
    private static final String WRITE = "projects:write";
    private static final String ADMIN = "projects:admin";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE, ADMIN),
            "project-reader", Set.of(READ),
            "project-writer", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        EMPTY,
        PROJECT,
        CHANGE,
        DOCUMENT,
        VERSION,
        MILESTONE,
        MILESTONE_CHANGE
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/projects", Body.PROJECT, WRITE, Set.of(201)),
            new Endpoint("GET", "/projects", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/projects/{project}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/projects/{project}", Body.CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/projects/{mover}/activate", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("POST", "/projects/{mover}/hold", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("POST", "/projects/{closer}/close", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("GET", "/projects/{project}/budget", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/projects/milestones/overdue-check", Body.NONE, ADMIN, Set.of(200)),
            new Endpoint("POST", "/projects/{project}/documents", Body.DOCUMENT, WRITE, Set.of(201)),
            new Endpoint("GET", "/projects/{project}/documents", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/projects/{project}/documents/{doc}", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/projects/{project}/documents/{doc}/versions", Body.VERSION, WRITE, Set.of(201, 409)),
            new Endpoint("GET", "/projects/{project}/documents/{doc}/content", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/projects/{project}/documents/{doc}/versions/1/content", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/projects/{project}/documents/{doc}/checkout", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("POST", "/projects/{project}/documents/{doc}/checkin", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("DELETE", "/projects/{project}/documents/{doc}/lock", Body.NONE, ADMIN, Set.of(200)),
            new Endpoint("POST", "/projects/{project}/milestones", Body.MILESTONE, WRITE, Set.of(201)),
            new Endpoint("GET", "/projects/{project}/milestones", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/projects/{project}/milestones/{ms}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/projects/{project}/milestones/{ms}", Body.MILESTONE_CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/projects/{project}/milestones/{ms2}/complete", Body.EMPTY, WRITE, Set.of(200, 409)),
            new Endpoint("POST", "/projects/{project}/milestones/{ms3}/cancel", Body.NONE, WRITE, Set.of(200, 409)));

    private Projects main;
    private Projects other;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> otherIds = new HashMap<>();
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Projects.ready("Projects matrix");
        other = Projects.ready("Projects other");
        ids.putAll(fixtures(main));
        otherIds.putAll(fixtures(other));
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of(
                        "project-reader", List.of("tenant:read", READ),
                        "project-writer", List.of("tenant:read", READ, WRITE),
                        "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** A project with a document (one version), three milestones, and projects to move and close. */
    private static Map<String, String> fixtures(Projects p) {
        Map<String, String> ids = new HashMap<>();
        String project =
                p.create("ISO-" + UUID.randomUUID().toString().substring(0, 8)).getString("id");
        ids.put("project", project);
        ids.put(
                "mover",
                p.create("MOVE-" + UUID.randomUUID().toString().substring(0, 8)).getString("id"));
        ids.put(
                "closer",
                p.create("CLOSE-" + UUID.randomUUID().toString().substring(0, 8))
                        .getString("id"));
        String doc = p.document(project, "Drawing", "drawing").getString("id");
        p.upload(p.shop().token(), project, doc, "/versions", "d.txt", "drawing v1", Map.of())
                .expect(201);
        ids.put("doc", doc);
        UUID owner = p.shop().admin().id();
        for (String key : List.of("ms", "ms2", "ms3")) {
            ids.put(
                    key,
                    p.addMilestone(project, p.milestone(key, Projects.today().plusDays(5), owner))
                            .getString("id"));
        }
        return ids;
    }

    private Reply call(Endpoint endpoint, String token, Projects owner, Map<String, String> known) {
        String path = endpoint.path();
        for (Map.Entry<String, String> id : known.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        if (endpoint.body() == Body.VERSION) {
            return owner.upload(token, known.get("project"), known.get("doc"), "/versions", "v.txt", "next", Map.of());
        }
        Api.Request request =
                Api.request(endpoint.method(), owner.shop().path(path)).token(token);
        switch (endpoint.body()) {
            case PROJECT ->
                request.json(owner.body("NEW-" + UUID.randomUUID().toString().substring(0, 8))
                        .build());
            case CHANGE -> {
                Reply current = Api.get(
                        owner.shop().path("/projects/" + known.get("project")),
                        owner.shop().token());
                request.json(
                        current.status() == 200
                                ? owner.body(current.json().getString("code"))
                                        .add(
                                                "version",
                                                current.json()
                                                        .getJsonNumber("version")
                                                        .longValue())
                                        .build()
                                : owner.body("SOME-CODE").add("version", 0).build());
            }
            case DOCUMENT ->
                request.json(Json.createObjectBuilder()
                        .add("title", "Spec")
                        .add("kind", "specification")
                        .build());
            case MILESTONE ->
                request.json(owner.milestone(
                                "Added",
                                Projects.today().plusDays(9),
                                owner.shop().admin().id())
                        .build());
            case MILESTONE_CHANGE ->
                request.json(owner.milestone(
                                "Renamed",
                                Projects.today().plusDays(7),
                                owner.shop().admin().id())
                        .build());
            case EMPTY -> request.json(Json.createObjectBuilder().build());
            case NONE, VERSION -> {}
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, token, main, ids),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsProjectIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's ids",
                        () -> call(e, main.shop().token(), main, otherIds).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersReadWritersChangeAndAdminsBreakLocks() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main, ids));
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

    private static JsonObjectBuilder assignment(String role, String... plants) {
        JsonObjectBuilder assignment = Json.createObjectBuilder().add("role", role);
        if (plants.length > 0) {
            assignment.add("plant_ids", Json.createArrayBuilder(List.of(plants)));
        }
        return assignment;
    }

    @Test
    void aProjectWriterAtPlantAReachesOnlyItsProjects() {
        String plantA = Production.plant(main.shop(), "prj-plant-a");
        String plantB = Production.plant(main.shop(), "prj-plant-b");
        String atA = main.create(main.body("PA-1").add("plant_id", plantA)).getString("id");
        JsonObject atB = main.create(main.body("PB-1").add("plant_id", plantB));
        Member writerA = Tenants.join(main.shop().tenantId(), main.shop().token(), "outsider-role");
        setRoles(writerA, assignment("outsider-role"), assignment("project-writer", plantA));

        Set<String> seen = Api.get(main.shop().path("/projects?per_page=100"), writerA.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getString("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(atA), seen);
        Api.get(main.shop().path("/projects/" + atA + "/budget"), writerA.token())
                .expect(200);
        Api.get(main.shop().path("/projects/" + atB.getString("id")), writerA.token())
                .expectProblem(404, "not-found");
        Api.post(
                        main.shop().path("/projects/" + atB.getString("id") + "/documents"),
                        writerA.token(),
                        Json.createObjectBuilder()
                                .add("title", "X")
                                .add("kind", "other")
                                .build())
                .expectProblem(404, "not-found");
        Api.post(
                        main.shop().path("/projects"),
                        writerA.token(),
                        main.body("PA-2").add("plant_id", plantB).build())
                .expectProblem(403, "plant-access-denied");
        Api.post(
                        main.shop().path("/projects"),
                        writerA.token(),
                        main.body("PA-3").build())
                .expectProblem(403, "plant-access-denied");
        JsonObject created = Api.post(
                        main.shop().path("/projects"),
                        writerA.token(),
                        main.body("PA-4").add("plant_id", plantA).build())
                .expect(201)
                .json();
        assertEquals(plantA, created.getString("plant_id"));
        assertFalse(seen.contains(atB.getString("id")));
        assertTrue(
                Api.get(main.shop().path("/projects?per_page=100"), main.shop().token())
                                .expect(200)
                                .json()
                                .getInt("total")
                        >= 5);
    }
}
