package dev.procura.engineering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Drawing approvals (RDA) through the general workflow engine (entity type drawing: submitted →
 * approved | approved_with_remarks | rejected): reviewers comment per revision, an approval freezes
 * the document version, and a newer version of the drawing restarts the approval and supersedes the
 * revision still under review.
 */
@MicroShedTest
class RdaIT {

    private static Engineering ready(String name) {
        Engineering t = Engineering.ready(name);
        t.defineWorkflow("drawing", "submitted", "approved", "approved_with_remarks", "rejected");
        return t;
    }

    private static void take(Engineering t, String revision, String transition, Member by, String comment) {
        Api.post(
                        t.path("/rda/" + revision + "/transitions/" + transition),
                        by.token(),
                        Json.createObjectBuilder().add("comment", comment).build())
                .expect(200);
    }

    private static JsonObject comment(Engineering t, String revision, Member by, String text) {
        return Api.post(
                        t.path("/rda/" + revision + "/comments"),
                        by.token(),
                        Json.createObjectBuilder().add("body", text).build())
                .expect(201)
                .json();
    }

    private static JsonObject revision(Engineering t, String id) {
        return Api.get(t.path("/rda/" + id), t.shop().token()).expect(200).json();
    }

    @Test
    void anApprovedRevisionIsFrozenAndALaterUploadIsANewRevision() {
        Engineering t = ready("RDA approve");
        Member reviewer = Buying.approver(t.shop());
        String drawing = t.document("General arrangement", "drawing");
        JsonObject submitted = t.submit(drawing);
        String first = submitted.getString("id");
        assertEquals(1, submitted.getInt("version"));
        assertEquals("General arrangement", submitted.getString("title"));
        assertEquals("submitted", submitted.getString("status"));
        assertFalse(submitted.getBoolean("frozen"));

        JsonObject remark = comment(t, first, reviewer, "Check the tolerance on hole B");
        assertEquals(reviewer.id().toString(), remark.getString("author_id"));
        take(t, first, "approved", reviewer, "Fine");

        JsonObject approved = revision(t, first);
        assertEquals("approved", approved.getString("status"));
        assertTrue(approved.getBoolean("frozen"));
        assertTrue(approved.getBoolean("decided"));
        assertEquals(
                List.of("Check the tolerance on hole B"),
                approved.getJsonArray("comments").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("body"))
                        .toList());
        assertTrue(t.versions(drawing).get(0).getBoolean("frozen"), "the approved version is frozen in the store");

        t.upload(drawing, "revision 2").expect(201);
        List<JsonObject> versions = t.versions(drawing);
        assertEquals(2, versions.size(), "a frozen version is not replaced: the upload is a new version");
        assertTrue(versions.get(0).getBoolean("frozen"));
        assertFalse(versions.get(1).getBoolean("frozen"));
        JsonObject second = t.submit(drawing);
        assertEquals(2, second.getInt("version"));
        assertEquals("submitted", second.getString("status"), "a new revision starts the workflow again");
        assertEquals("approved", revision(t, first).getString("status"), "a decided revision is not superseded");
        Api.post(
                        t.path("/rda"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("document_id", drawing)
                                .add("version", 1)
                                .build())
                .expectProblem(409, "drawing-revision-not-newer");
    }

    @Test
    void aNewerVersionSupersedesTheRevisionUnderReviewAndRestartsTheApproval() {
        Engineering t = ready("RDA supersede");
        Member reviewer = Buying.approver(t.shop());
        String drawing = t.document("Wiring", "drawing");
        String first = t.submit(drawing).getString("id");
        comment(t, first, reviewer, "Cable colours wrong");
        t.upload(drawing, "revision 2, colours fixed").expect(201);
        String second = t.submit(drawing).getString("id");

        JsonObject superseded = revision(t, first);
        assertEquals("superseded", superseded.getString("status"));
        assertEquals(second, superseded.getString("superseded_by"));
        Api.post(
                        t.path("/rda/" + first + "/transitions/approved"),
                        reviewer.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "drawing-revision-superseded");
        Api.post(
                        t.path("/rda/" + first + "/comments"),
                        reviewer.token(),
                        Json.createObjectBuilder().add("body", "Late").build())
                .expectProblem(409, "drawing-revision-superseded");

        take(t, second, "rejected", reviewer, "Still wrong");
        JsonObject rejected = revision(t, second);
        assertEquals("rejected", rejected.getString("status"));
        assertFalse(rejected.getBoolean("frozen"));
        assertFalse(t.versions(drawing).get(1).getBoolean("frozen"), "a rejected revision freezes nothing");

        List<JsonObject> revisions = Api.get(
                        t.path("/rda?document_id=" + drawing), t.shop().token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of(2, 1), revisions.stream().map(r -> r.getInt("version")).toList());
        assertEquals(
                List.of("rejected", "superseded"),
                revisions.stream().map(r -> r.getString("status")).toList());
        assertEquals(1, revisions.get(1).getJsonArray("comments").size());
    }

    @Test
    void approvedWithRemarksFreezesTheVersionToo() {
        Engineering t = ready("RDA remarks");
        Member reviewer = Buying.approver(t.shop());
        String drawing = t.document("Base plate", "drawing");
        String first = t.submit(drawing).getString("id");
        comment(t, first, reviewer, "Add a chamfer note on the next revision");
        take(t, first, "approved_with_remarks", reviewer, "Approved with the remark above");
        JsonObject decided = revision(t, first);
        assertEquals("approved_with_remarks", decided.getString("status"));
        assertTrue(decided.getBoolean("frozen"));
        assertTrue(t.versions(drawing).get(0).getBoolean("frozen"));
        JsonObject workflow = Api.get(
                        t.path("/rda/" + first + "/workflow"), t.shop().token())
                .expect(200)
                .json();
        assertEquals("drawing", workflow.getString("entity_type"));
        assertTrue(workflow.getBoolean("final"));
    }

    @Test
    void onlyAVersionOfADrawingOfTheProjectIsSubmittedAndNothingIsWrittenOtherwise() {
        Engineering t = ready("RDA bad input");
        String specification = t.document("Paint spec", "specification");
        String drawing = t.document("Frame", "drawing");
        Engineering elsewhere = new Engineering(t.shop(), Engineering.project(t.shop(), "PRJ-2", null));
        String foreign = elsewhere.document("Foreign", "drawing");

        assertEquals(
                List.of("document_id"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder().build())
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("document_id", specification)
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("document_id", foreign)
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("document_id", UUID.randomUUID().toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("version"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("document_id", drawing)
                                        .add("version", 9)
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("version"),
                Api.post(
                                t.path("/rda"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("document_id", drawing)
                                        .add("version", 0)
                                        .build())
                        .fieldErrors());
        String first = t.submit(drawing).getString("id");
        assertEquals(
                List.of("body"),
                Api.post(
                                t.path("/rda/" + first + "/comments"),
                                t.shop().token(),
                                Json.createObjectBuilder().add("body", " ").build())
                        .fieldErrors());
        assertEquals(1, revisionsOf(t).size());
        assertTrue(revisionsOf(t).get(0).getJsonArray("comments").isEmpty());
        Api.get(t.path("/rda/" + UUID.randomUUID()), t.shop().token()).expectProblem(404, "not-found");
        Api.get(elsewhere.path("/rda/" + first), t.shop().token()).expectProblem(404, "not-found");
    }

    private static List<JsonObject> revisionsOf(Engineering t) {
        return Api.get(t.path("/rda"), t.shop().token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
