package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * NCRs through the general workflow engine: a tenant defines an NCR workflow, NCRs start in its
 * initial state, move with the engine's transitions (one waiting for an approval level), and
 * their own status follows; conditions read the NCR's fields.
 */
@MicroShedTest
class NcrWorkflowIT {

    private static JsonObject take(Ncrs t, String ncr, String transition, Member by) {
        return Api.post(
                        t.shop().path("/ncrs/" + ncr + "/transitions/" + transition),
                        by.token(),
                        Json.createObjectBuilder()
                                .add("comment", "step " + transition)
                                .build())
                .expect(200)
                .json();
    }

    private static List<String> transitions(Ncrs t, String ncr) {
        String body = Api.get(
                        t.shop().path("/ncrs/" + ncr + "/transitions"), t.shop().token())
                .expect(200)
                .body();
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("name"))
                    .toList();
        }
    }

    @Test
    void anNcrMovesThroughItsWorkflowWithAnApprovalLevelAndItsStatusFollows() {
        Ncrs t = Ncrs.ready("NCR workflow");
        Member approver = Buying.approver(t.shop());
        t.define(Ncrs.workflow("reported"));
        JsonObject ncr = t.raise(t.manual());
        String id = ncr.getString("id");
        assertEquals("reported", ncr.getString("status"), "a new NCR starts in the workflow's initial state");

        JsonObject reviewing = take(t, id, "review", t.shop().admin());
        assertEquals("under_review", reviewing.getString("state"));
        assertEquals("under_review", t.get(id).getString("status"));

        JsonObject pending = take(t, id, "approve_disposition", t.shop().admin());
        assertEquals("under_review", pending.getString("state"));
        assertEquals("approve_disposition", pending.getString("pending_transition"));
        assertEquals("under_review", t.get(id).getString("status"), "waiting for its approval, it stays");
        String approval = pending.getString("pending_approval_id");
        assertEquals(
                "workflow_transition",
                Api.get(t.shop().path("/approvals/" + approval), t.shop().token())
                        .expect(200)
                        .json()
                        .getString("document_type"));
        Api.post(
                        t.shop().path("/approvals/" + approval + "/approve"),
                        approver.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        JsonObject approved = t.get(id);
        assertEquals("disposition_approved", approved.getString("status"));
        assertFalse(approved.getBoolean("closed"));

        assertEquals(List.of("close"), transitions(t, id));
        take(t, id, "close", t.shop().admin());
        JsonObject closed = t.get(id);
        assertEquals("closed", closed.getString("status"));
        assertTrue(closed.getBoolean("closed"));
        assertEquals(closed.getString("raised_on"), closed.getString("closed_on"));

        JsonObject workflow = Api.get(
                        t.shop().path("/ncrs/" + id + "/workflow"), t.shop().token())
                .expect(200)
                .json();
        assertEquals("ncr", workflow.getString("entity_type"));
        assertEquals(ncr.getString("number"), workflow.getString("reference"));
        assertTrue(workflow.getBoolean("final"));
        assertEquals(
                List.of("transitioned", "approval_requested", "transitioned", "transitioned"),
                workflow.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(h -> h.getString("action"))
                        .toList());
        assertEquals(
                1,
                Api.get(t.shop().path("/ncrs?status=closed"), t.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void anApprovedCloseIsRefusedWhileACorrectiveActionOpenedMeanwhile() {
        Ncrs t = Ncrs.ready("NCR approved close");
        Member approver = Buying.approver(t.shop());
        t.define(Json.createObjectBuilder(Ncrs.closing())
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Ncrs.transition("close", "open", "closed")
                                        .add(
                                                "approval_levels",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "QA")
                                                                .add("approver_role", "approver")
                                                                .add("mode", "any")))))
                .build());
        JsonObject ncr = t.raise(t.manual());
        String id = ncr.getString("id");
        String approval = take(t, id, "close", t.shop().admin()).getString("pending_approval_id");
        Api.post(
                        t.shop().path("/ncrs/" + id + "/actions"),
                        t.shop().token(),
                        Ncrs.action(
                                        "corrective",
                                        t.shop().admin().id(),
                                        LocalDate.parse(ncr.getString("raised_on"))
                                                .plusDays(3)
                                                .toString())
                                .build())
                .expect(201);
        Api.post(
                        t.shop().path("/approvals/" + approval + "/approve"),
                        approver.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "ncr-actions-open");
        assertEquals("open", t.get(id).getString("status"));
        assertFalse(t.get(id).getBoolean("closed"));
    }

    @Test
    void conditionsReadTheNcrsFieldsAndUnknownFieldsAreRefused() {
        Ncrs t = Ncrs.ready("NCR conditions");
        t.define(Json.createObjectBuilder(Ncrs.closing())
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Ncrs.transition("close", "open", "closed")
                                        .add("condition", "disposition == \"scrap\"")))
                .build());
        String kept = t.raise(t.manual()).getString("id");
        String scrapped = t.raise(t.manual().add("disposition", "scrap")).getString("id");
        Api.post(
                        t.shop().path("/ncrs/" + kept + "/transitions/close"),
                        t.shop().token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "transition-condition-false");
        take(t, scrapped, "close", t.shop().admin());
        assertEquals("closed", t.get(scrapped).getString("status"));
        assertEquals("open", t.get(kept).getString("status"));

        assertTrue(Api.post(
                        t.shop().path("/workflows"),
                        t.shop().token(),
                        Json.createObjectBuilder(Ncrs.closing())
                                .add(
                                        "transitions",
                                        Json.createArrayBuilder()
                                                .add(Ncrs.transition("close", "open", "closed")
                                                        .add("condition", "total > 5")))
                                .build())
                .expectProblem(400, "validation")
                .toString()
                .contains("total"));
        Api.get(
                        t.shop().path("/ncrs/" + UUID.randomUUID() + "/workflow"),
                        t.shop().token())
                .expectProblem(404, "not-found");
    }
}
