package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Notifications;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Milestones: predecessors of the same project without cycles, completion only after every
 * predecessor, completed and cancelled ones no longer change, and the owner of an overdue
 * milestone is told once (the scheduled check, run on demand here).
 */
@MicroShedTest
class MilestoneIT {

    @Test
    void aMilestoneCompletesOnlyAfterItsPredecessors() {
        Projects p = Projects.ready("Milestones order");
        String project = p.create("MS-1").getString("id");
        UUID owner = p.shop().admin().id();
        String design = p.addMilestone(
                        project, p.milestone("Design", Projects.today().plusDays(10), owner))
                .getString("id");
        String build = p.addMilestone(
                        project, p.milestone("Build", Projects.today().plusDays(40), owner, design))
                .getString("id");
        String handover = p.addMilestone(
                        project, p.milestone("Handover", Projects.today().plusDays(60), owner, build))
                .getString("id");
        String base = "/projects/" + project + "/milestones/";

        JsonObject early = Api.post(
                        p.shop().path(base + build + "/complete"), p.shop().token(), empty())
                .expectProblem(409, "milestone-predecessors-open");
        assertEquals(
                List.of(design),
                early.getJsonArray("open_predecessors").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("open", get(p, base + build).getString("status"));

        assertEquals(
                List.of("predecessor_ids"),
                Api.put(
                                p.shop().path(base + design),
                                p.shop().token(),
                                p.milestone("Design", Projects.today().plusDays(10), owner, handover)
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("predecessor_ids"),
                Api.put(
                                p.shop().path(base + design),
                                p.shop().token(),
                                p.milestone("Design", Projects.today().plusDays(10), owner, design)
                                        .build())
                        .fieldErrors());
        assertTrue(get(p, base + design).getJsonArray("predecessor_ids").isEmpty());

        JsonObject done = Api.post(
                        p.shop().path(base + design + "/complete"), p.shop().token(), empty())
                .expect(200)
                .json();
        assertEquals("completed", done.getString("status"));
        assertEquals(Projects.today().toString(), done.getString("actual_on"));
        Api.post(p.shop().path(base + build + "/complete"), p.shop().token(), empty())
                .expect(200);
        Api.post(p.shop().path(base + design + "/complete"), p.shop().token(), empty())
                .expectProblem(409, "milestone-not-open");
        assertEquals(
                "cancelled",
                Api.post(p.shop().path(base + handover + "/cancel"), p.shop().token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        assertEquals(
                3,
                Api.get(
                                p.shop().path("/projects/" + project + "/milestones"),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void badMilestonesAreRefusedWhole() {
        Projects p = Projects.ready("Milestones input");
        String project = p.create("MS-BAD").getString("id");
        String other = p.create("MS-OTHER").getString("id");
        UUID owner = p.shop().admin().id();
        String elsewhere = p.addMilestone(other, p.milestone("Elsewhere", Projects.today(), owner))
                .getString("id");
        List<String> fields = Api.post(
                        p.shop().path("/projects/" + project + "/milestones"),
                        p.shop().token(),
                        p.milestone(
                                        "Kick-off",
                                        Projects.today(),
                                        Tenants.signedIn().id(),
                                        elsewhere)
                                .build())
                .fieldErrors();
        assertEquals(List.of("owner_id", "predecessor_ids"), fields);
        assertEquals(
                List.of("name", "planned_on"),
                Api.post(
                                p.shop().path("/projects/" + project + "/milestones"),
                                p.shop().token(),
                                Json.createObjectBuilder()
                                        .add("owner_id", owner.toString())
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        String kickOff = p.addMilestone(project, p.milestone("Kick-off", Projects.today(), owner))
                .getString("id");
        assertEquals(
                List.of("actual_on"),
                Api.post(
                                p.shop().path("/projects/" + project + "/milestones/" + kickOff + "/complete"),
                                p.shop().token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "actual_on",
                                                Projects.today().plusDays(1).toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                1,
                Api.get(
                                p.shop().path("/projects/" + project + "/milestones"),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void theOwnerOfAnOverdueMilestoneIsToldOnce() throws InterruptedException {
        Projects p = Projects.ready("Milestones overdue");
        Member owner = Tenants.join(p.shop().tenantId(), p.shop().token(), "viewer");
        String project = p.create("MS-LATE").getString("id");
        String late = p.addMilestone(
                        project,
                        p.milestone("Foundations poured", Projects.today().minusDays(3), owner.id()))
                .getString("id");
        String done = p.addMilestone(
                        project, p.milestone("Survey", Projects.today().minusDays(5), owner.id()))
                .getString("id");
        p.addMilestone(project, p.milestone("Roof", Projects.today().plusDays(30), owner.id()));
        Api.post(
                        p.shop().path("/projects/" + project + "/milestones/" + done + "/complete"),
                        p.shop().token(),
                        empty())
                .expect(200);
        assertTrue(get(p, "/projects/" + project + "/milestones/" + late).getBoolean("overdue"));

        Api.post(p.shop().path("/projects/milestones/overdue-check"), owner.token(), null)
                .expectProblem(403, "forbidden");
        assertEquals(
                1,
                Api.post(
                                p.shop().path("/projects/milestones/overdue-check"),
                                p.shop().token(),
                                null)
                        .expect(200)
                        .json()
                        .getInt("notified"));
        JsonObject told = Notifications.await(
                p.shop().tenantId(),
                owner.token(),
                n -> n.getString("title").contains("Foundations poured"),
                Duration.ofSeconds(30));
        assertEquals("status_update", told.getString("type"));
        assertFalse(get(p, "/projects/" + project + "/milestones/" + late).isNull("overdue_notified_at"));

        assertEquals(
                0,
                Api.post(
                                p.shop().path("/projects/milestones/overdue-check"),
                                p.shop().token(),
                                null)
                        .expect(200)
                        .json()
                        .getInt("notified"));
    }

    private static JsonObject get(Projects p, String path) {
        return Api.get(p.shop().path(path), p.shop().token()).expect(200).json();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }
}
