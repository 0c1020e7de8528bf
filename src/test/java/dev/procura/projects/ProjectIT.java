package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Tenants;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Projects through the running server: created planned with their checked references, listed with
 * filters and paging, changed against the version read, moved through their statuses, and on the
 * audit trail; bad input is refused whole with every field named, and leaves nothing behind.
 */
@MicroShedTest
class ProjectIT {

    @Test
    void aProjectIsCreatedPlannedAndReadBack() {
        Projects p = Projects.ready("Projects create");
        var reply = Api.post(
                p.shop().path("/projects"), p.shop().token(), p.body("PRJ-1").build());
        JsonObject created = reply.expect(201).json();
        assertTrue(reply.header("Location").orElseThrow().endsWith("/projects/" + created.getString("id")));
        assertEquals("planned", created.getString("status"));
        assertEquals("ENG", created.getString("cost_center"));
        assertTrue(created.containsKey("cost_centre_id"), created::toString);
        assertEquals(p.customer(), created.getString("customer_id"));
        assertEquals(
                0,
                created.getJsonNumber("budget_amount").bigDecimalValue().compareTo(new java.math.BigDecimal("100000")));
        JsonObject read = p.get(created.getString("id"));
        assertEquals("PRJ-1", read.getString("code"));
        assertEquals(p.shop().admin().id().toString(), read.getString("manager_id"));
    }

    @Test
    void theListFiltersPagesAndSorts() {
        Projects p = Projects.ready("Projects list");
        p.create("ALPHA-1");
        String beta = p.create("BETA-1").getString("id");
        p.create("BETA-2");
        Api.post(p.shop().path("/projects/" + beta + "/activate"), p.shop().token(), null)
                .expect(200);

        JsonObject betas = Api.get(
                        p.shop().path("/projects?q=beta&sort=-code&per_page=1"),
                        p.shop().token())
                .expect(200)
                .json();
        assertEquals(2, betas.getInt("total"));
        assertEquals("BETA-2", betas.getJsonArray("items").getJsonObject(0).getString("code"));
        JsonObject active = Api.get(
                        p.shop().path("/projects?status=active"), p.shop().token())
                .expect(200)
                .json();
        assertEquals(List.of("BETA-1"), codes(active));
        assertEquals(
                3,
                Api.get(
                                p.shop().path("/projects?customer_id=" + p.customer()),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.get(p.shop().path("/projects?status=done"), p.shop().token()).expectProblem(400, "validation");
        Api.get(p.shop().path("/projects?sort=secret"), p.shop().token()).expectProblem(400, "validation");
    }

    @Test
    void aChangeNamesTheVersionItRead() {
        Projects p = Projects.ready("Projects change");
        JsonObject created = p.create("CHG-1");
        String id = created.getString("id");
        long version = created.getJsonNumber("version").longValue();
        JsonObject changed = Api.put(
                        p.shop().path("/projects/" + id),
                        p.shop().token(),
                        p.body("CHG-1")
                                .add("name", "Renamed")
                                .add("version", version)
                                .build())
                .expect(200)
                .json();
        assertEquals("Renamed", changed.getString("name"));
        assertTrue(changed.getJsonNumber("version").longValue() > version);

        JsonObject stale = Api.put(
                        p.shop().path("/projects/" + id),
                        p.shop().token(),
                        p.body("CHG-1")
                                .add("name", "Lost update")
                                .add("version", version)
                                .build())
                .expectProblem(409, "project-changed");
        assertEquals(
                changed.getJsonNumber("version").longValue(),
                stale.getJsonNumber("current_version").longValue());
        assertEquals(
                List.of("version"),
                Api.put(
                                p.shop().path("/projects/" + id),
                                p.shop().token(),
                                p.body("CHG-1").build())
                        .fieldErrors());
        assertEquals("Renamed", p.get(id).getString("name"));

        p.create("CHG-2");
        Api.put(
                        p.shop().path("/projects/" + id),
                        p.shop().token(),
                        p.body("chg-2")
                                .add("version", changed.getJsonNumber("version").longValue())
                                .build())
                .expectProblem(409, "project-code-taken");
        Api.post(p.shop().path("/projects"), p.shop().token(), p.body("CHG-2").build())
                .expectProblem(409, "project-code-taken");
    }

    @Test
    void statusesMoveOnlyAlongTheirActions() {
        Projects p = Projects.ready("Projects status");
        String id = p.create("ST-1").getString("id");
        String base = "/projects/" + id;
        assertEquals(
                "planned",
                Api.post(p.shop().path(base + "/hold"), p.shop().token(), null)
                        .expectProblem(409, "invalid-transition")
                        .getString("current_status"));
        assertEquals("active", move(p, base + "/activate"));
        assertEquals("on_hold", move(p, base + "/hold"));
        assertEquals("active", move(p, base + "/activate"));
        assertEquals("closed", move(p, base + "/close"));
        JsonObject again = Api.post(p.shop().path(base + "/close"), p.shop().token(), null)
                .expectProblem(409, "invalid-transition");
        assertEquals("closed", again.getString("current_status"));
        JsonObject closed = p.get(id);
        Api.put(
                        p.shop().path(base),
                        p.shop().token(),
                        p.body("ST-1")
                                .add("version", closed.getJsonNumber("version").longValue())
                                .build())
                .expectProblem(409, "project-closed");

        JsonObject audited = Await.until(
                "the close on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(
                                p.shop().path("/audit/logs?action=project.closed"),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .findFirst());
        assertEquals(id, audited.getJsonObject("details").getString("project_id"));
        assertEquals("active", audited.getJsonObject("details").getString("previous_status"));
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        Projects p = Projects.ready("Projects bad input");
        UUID stranger = Tenants.signedIn().id();
        List<String> fields = Api.post(
                        p.shop().path("/projects"),
                        p.shop().token(),
                        p.body("BAD-1")
                                .add("ends_on", Projects.today().minusDays(60).toString())
                                .add("customer_id", UUID.randomUUID().toString())
                                .add("manager_id", stranger.toString())
                                .add("cost_center", "NOPE")
                                .build())
                .fieldErrors();
        assertEquals(Set.of("ends_on", "customer_id", "manager_id", "cost_center"), Set.copyOf(fields));
        List<String> shape = Api.post(
                        p.shop().path("/projects"),
                        p.shop().token(),
                        p.body("bad code!")
                                .add("currency", "euro")
                                .add("budget_amount", -1)
                                .remove("name")
                                .build())
                .fieldErrors();
        assertEquals(Set.of("code", "currency", "budget_amount", "name"), Set.copyOf(shape));
        assertEquals(
                0,
                Api.get(p.shop().path("/projects"), p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.get(p.shop().path("/projects/" + UUID.randomUUID()), p.shop().token())
                .expectProblem(404, "not-found");
    }

    private static String move(Projects p, String path) {
        return Api.post(p.shop().path(path), p.shop().token(), null)
                .expect(200)
                .json()
                .getString("status");
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .collect(Collectors.toList());
    }
}
