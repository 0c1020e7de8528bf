package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Project documents over the documents store: numbered versions (the latest is the default,
 * earlier ones stay downloadable), the check-out lock (409 naming the holder; only the holder
 * uploads), check-in with or without a new version, and an admin breaking a lock, on the audit trail.
 */
@MicroShedTest
class ProjectDocumentIT {

    @Test
    void versionsStayDownloadableAndTheLatestIsTheDefault() {
        Projects p = Projects.ready("Project documents");
        String project = p.create("DOC-1").getString("id");
        JsonObject document = p.document(project, "General arrangement", "drawing");
        String doc = document.getString("id");
        assertEquals(p.shop().admin().id().toString(), document.getString("locked_by"));
        assertEquals(0, document.getInt("latest_version"));

        JsonObject v1 = p.upload(
                        p.shop().token(),
                        project,
                        doc,
                        "/versions",
                        "ga.txt",
                        "revision A",
                        Map.of("comment", "First issue"))
                .expect(201)
                .json();
        assertEquals(1, v1.getInt("number"));
        assertEquals("First issue", v1.getString("comment"));
        JsonObject v2 = p.upload(p.shop().token(), project, doc, "/versions", "ga-b.txt", "revision B", Map.of())
                .expect(201)
                .json();
        assertEquals(2, v2.getInt("number"));

        String base = "/projects/" + project + "/documents/" + doc;
        assertEquals("revision B", p.content(p.shop().token(), base + "/content"));
        assertEquals("revision A", p.content(p.shop().token(), base + "/versions/1/content"));
        assertEquals("revision B", p.content(p.shop().token(), base + "/versions/2/content"));
        Api.get(p.shop().path(base + "/versions/3/content"), p.shop().token()).expectProblem(404, "not-found");

        JsonObject read =
                Api.get(p.shop().path(base), p.shop().token()).expect(200).json();
        assertEquals(2, read.getInt("latest_version"));
        List<JsonObject> versions = read.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("ga.txt", "ga-b.txt"),
                versions.stream().map(v -> v.getString("filename")).toList());
        assertTrue(versions.stream()
                .allMatch(v ->
                        v.getString("uploaded_by").equals(p.shop().admin().id().toString())));
        assertEquals(
                1,
                Api.get(
                                p.shop().path("/projects/" + project + "/documents"),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void onlyTheLockHolderUploadsAndAnAdminBreaksALock() {
        Projects p = Projects.ready("Project document locks");
        Member engineer = RoleMatrix.members(
                        p.shop(), Map.of("project-engineer", List.of("tenant:read", "projects:read", "projects:write")))
                .get("project-engineer");
        String project = p.create("LOCK-1").getString("id");
        String doc = p.document(project, "Pump specification", "specification").getString("id");
        String base = "/projects/" + project + "/documents/" + doc;
        p.upload(p.shop().token(), project, doc, "/versions", "spec.txt", "v1", Map.of())
                .expect(201);

        JsonObject locked = Api.post(p.shop().path(base + "/checkout"), engineer.token(), null)
                .expectProblem(409, "document-locked");
        assertEquals(p.shop().admin().id().toString(), locked.getString("locked_by"));
        assertFalse(locked.getString("locked_at").isBlank());
        p.upload(engineer.token(), project, doc, "/versions", "spec.txt", "sneaky", Map.of())
                .expectProblem(409, "document-locked");
        assertEquals(1, document(p, base).getInt("latest_version"));

        JsonObject released = Api.post(
                        p.shop().path(base + "/checkin"), p.shop().token(), null)
                .expect(200)
                .json();
        assertFalse(released.containsKey("locked_by") && !released.isNull("locked_by"), released::toString);
        p.upload(p.shop().token(), project, doc, "/versions", "spec.txt", "unlocked", Map.of())
                .expectProblem(409, "document-not-checked-out");

        Api.post(p.shop().path(base + "/checkout"), engineer.token(), null).expect(200);
        p.upload(p.shop().token(), project, doc, "/versions", "spec.txt", "admin", Map.of())
                .expectProblem(409, "document-locked");
        JsonObject checkedIn = p.upload(
                        engineer.token(),
                        project,
                        doc,
                        "/checkin",
                        "spec-2.txt",
                        "v2",
                        Map.of("comment", "Flow rate corrected"))
                .expect(200)
                .json();
        assertEquals(2, checkedIn.getInt("latest_version"));
        assertTrue(!checkedIn.containsKey("locked_by") || checkedIn.isNull("locked_by"), checkedIn::toString);
        assertEquals("v2", p.content(p.shop().token(), base + "/content"));
        assertEquals("v1", p.content(p.shop().token(), base + "/versions/1/content"));

        Api.post(p.shop().path(base + "/checkout"), engineer.token(), null).expect(200);
        Api.delete(p.shop().path(base + "/lock"), engineer.token()).expectProblem(403, "forbidden");
        JsonObject broken = Api.delete(p.shop().path(base + "/lock"), p.shop().token())
                .expect(200)
                .json();
        assertTrue(!broken.containsKey("locked_by") || broken.isNull("locked_by"), broken::toString);
        Api.post(p.shop().path(base + "/checkout"), p.shop().token(), null).expect(200);

        JsonObject audited = Await.until(
                "the broken lock on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(
                                p.shop().path("/audit/logs?action=project.document_lock_broken"),
                                p.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .findFirst());
        assertEquals(p.shop().admin().id().toString(), audited.getString("actor_id"));
        assertEquals(engineer.id().toString(), audited.getJsonObject("details").getString("previous_holder"));
    }

    @Test
    void badDocumentsAndUploadsAreRefused() {
        Projects p = Projects.ready("Project document input");
        String project = p.create("DOCBAD-1").getString("id");
        assertEquals(
                List.of("kind"),
                Api.post(
                                p.shop().path("/projects/" + project + "/documents"),
                                p.shop().token(),
                                Json.createObjectBuilder()
                                        .add("title", "Drawing")
                                        .add("kind", "sketch")
                                        .build())
                        .fieldErrors());
        String doc = p.document(project, "Contract", "contract").getString("id");
        String tooLong = "x".repeat(2001);
        assertEquals(
                List.of("comment"),
                p.upload(p.shop().token(), project, doc, "/versions", "c.txt", "text", Map.of("comment", tooLong))
                        .fieldErrors());
        assertEquals(
                0, document(p, "/projects/" + project + "/documents/" + doc).getInt("latest_version"));
    }

    private static JsonObject document(Projects p, String base) {
        return Api.get(p.shop().path(base), p.shop().token()).expect(200).json();
    }
}
