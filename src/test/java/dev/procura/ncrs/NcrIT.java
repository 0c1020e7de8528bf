package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * NCRs raised from each source, checked against the item master, suppliers, plants, receipts and
 * the defect-code type list (every bad field at once, nothing written); changed; their actions;
 * the list's filters; and the rule that an NCR does not close while a corrective action is open.
 */
@MicroShedTest
class NcrIT {

    private static List<String> codes(JsonObject ncr) {
        return ncr.getJsonArray("defect_codes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** What an NCR says, without its time stamps and with its quantity as a number. */
    private static List<Object> same(JsonObject ncr) {
        return List.of(
                ncr.getString("number"),
                ncr.getString("status"),
                ncr.getString("item_code"),
                ncr.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros(),
                ncr.containsKey("supplier_id") ? ncr.getString("supplier_id") : "",
                ncr.containsKey("plant_id") ? ncr.getString("plant_id") : "",
                codes(ncr),
                ncr.containsKey("disposition") ? ncr.getString("disposition") : "",
                ncr.containsKey("root_cause") ? ncr.getString("root_cause") : "",
                ncr.getJsonArray("actions").size());
    }

    private static long total(Ncrs t, String query) {
        return Api.get(t.shop().path("/ncrs" + query), t.shop().token())
                .expect(200)
                .json()
                .getInt("total");
    }

    @Test
    void aManualNcrIsRaisedNumberedReadBackAndOnTheOutbox() throws Exception {
        Ncrs t = Ncrs.ready("NCR manual");
        Reply created = Api.post(
                        t.shop().path("/ncrs"), t.shop().token(), t.manual().build())
                .expect(201);
        JsonObject ncr = created.json();
        assertEquals(
                t.shop().path("/ncrs/" + ncr.getString("id")),
                created.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertEquals("NCR-000001", ncr.getString("number"));
        assertEquals("manual", ncr.getString("source"));
        assertEquals("open", ncr.getString("status"), "without an NCR workflow an NCR is open");
        assertFalse(ncr.getBoolean("closed"));
        assertEquals("BOLT-M8", ncr.getString("item_code"));
        assertEquals("ea", ncr.getString("unit"), "the item's base unit when none is given");
        assertEquals(t.supplier().toString(), ncr.getString("supplier_id"));
        assertEquals(
                0, new BigDecimal("3").compareTo(ncr.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(List.of("scratch"), codes(ncr));
        assertEquals("return_to_supplier", ncr.getString("disposition"));
        assertEquals(t.shop().admin().id().toString(), ncr.getString("raised_by"));
        assertEquals(0, ncr.getInt("open_corrective_actions"));
        assertEquals(same(ncr), same(t.get(ncr.getString("id"))));

        assertEquals("NCR-000002", t.raise(t.manual()).getString("number"));
        assertEquals(
                List.of("ncr.raised " + ncr.getString("id")),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(t.shop().tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'ncr.%' AND message_key = ?",
                        ncr.getString("id")));
    }

    @Test
    void aReceiptNcrTakesTheReceiptsSupplierItemAndUnit() {
        Ncrs t = Ncrs.ready("NCR receipt");
        JsonObject ncr = t.raise(Json.createObjectBuilder()
                .add("source", "receipt")
                .add("receipt_id", t.receipt())
                .add("quantity", 2)
                .add("defect_codes", Json.createArrayBuilder().add("dent").add("crack")));
        assertEquals("receipt", ncr.getString("source"));
        assertEquals(t.receipt(), ncr.getString("receipt_id"));
        assertEquals(t.supplier().toString(), ncr.getString("supplier_id"));
        assertEquals("BOLT-M8", ncr.getString("item_code"));
        assertEquals("ea", ncr.getString("unit"));
        assertEquals(List.of("dent", "crack"), codes(ncr));

        UUID otherSupplier = Buying.supplier(t.shop(), "OTHER");
        assertEquals(
                List.of("supplier_id", "item_code"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "receipt")
                        .add("receipt_id", t.receipt())
                        .add("supplier_id", otherSupplier.toString())
                        .add("item_code", "NUT-M8")
                        .add("quantity", 1)),
                "the receipt's supplier, and an item on the receipt");
        assertEquals(
                List.of("receipt_id"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "receipt")
                        .add("receipt_id", UUID.randomUUID().toString())
                        .add("item_code", "BOLT-M8")
                        .add("quantity", 1)));
        assertEquals(
                List.of("receipt_id"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "receipt")
                        .add("item_code", "BOLT-M8")
                        .add("quantity", 1)),
                "a receipt NCR names its receipt");
        assertEquals(1, total(t, ""));
    }

    @Test
    void anInspectionNcrNamesItsInspection() {
        Ncrs t = Ncrs.ready("NCR inspection");
        String plan = Api.post(
                        t.shop().path("/inspection-plans"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("item_code", "BOLT-M8")
                                .add("scope", "receipt")
                                .add(
                                        "characteristics",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("code", "LEN")
                                                        .add("name", "Length")
                                                        .add("kind", "variable")
                                                        .add("sample_size", 1)))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        String inspection = Api.post(
                        t.shop().path("/inspections"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("quantity", 2)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        assertEquals(
                List.of("inspection_id"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "inspection")
                        .add("inspection_id", UUID.randomUUID().toString())
                        .add("receipt_id", t.receipt())
                        .add("quantity", 1)),
                "an inspection of another tenant, or none, is refused");
        assertEquals(
                List.of("item_code"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "inspection")
                        .add("inspection_id", inspection)
                        .add("item_code", "NUT-M8")
                        .add("quantity", 1)),
                "the NCR's item is the inspection's");
        JsonObject ncr = t.raise(Json.createObjectBuilder()
                .add("source", "inspection")
                .add("inspection_id", inspection)
                .add("receipt_id", t.receipt())
                .add("quantity", 1));
        assertEquals("inspection", ncr.getString("source"));
        assertEquals(inspection, ncr.getString("inspection_id"));
        assertEquals(t.supplier().toString(), ncr.getString("supplier_id"), "the inspected receipt's supplier");
        assertEquals(
                List.of("inspection_id"),
                t.refused(Json.createObjectBuilder()
                        .add("source", "inspection")
                        .add("item_code", "BOLT-M8")
                        .add("quantity", 1)));
        assertEquals(
                List.of("inspection_id", "receipt_id"),
                t.refused(t.manual().add("inspection_id", inspection).add("receipt_id", t.receipt())),
                "a manual NCR names neither an inspection nor a receipt");
    }

    @Test
    void everyBadReferenceIsReportedAtOnceAndNothingIsWritten() throws Exception {
        Ncrs t = Ncrs.ready("NCR bad references");
        Set<String> fields = Set.copyOf(t.refused(t.manual()
                .add("item_code", "NO-SUCH-ITEM")
                .add("supplier_id", UUID.randomUUID().toString())
                .add("plant_id", UUID.randomUUID().toString())
                .add("defect_codes", Json.createArrayBuilder().add("scratch").add("smudge"))));
        assertEquals(Set.of("item_code", "supplier_id", "plant_id", "defect_codes"), fields);
        assertEquals(List.of("unit"), t.refused(t.manual().add("unit", "kg")), "kg does not convert to ea");
        assertEquals(
                List.of("item_code"),
                t.refused(Json.createObjectBuilder().add("source", "manual").add("quantity", 1)),
                "an NCR without a receipt names its item");

        assertEquals(0, total(t, ""));
        assertEquals(
                List.of(),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(t.shop().tenantId()), "SELECT topic FROM outbox WHERE topic LIKE 'ncr.%'"));
        assertEquals("NCR-000001", t.raise(t.manual()).getString("number"), "no number was used up");
    }

    @Test
    void malformedFieldsAreRefusedByName() {
        Ncrs t = Ncrs.ready("NCR malformed");
        Set<String> fields = Set.copyOf(t.refused(Json.createObjectBuilder()
                .add("source", "hearsay")
                .add("item_code", "BOLT-M8")
                .add("quantity", 0)
                .add("disposition", "burn")
                .add("description", "x".repeat(4001))));
        assertTrue(fields.containsAll(Set.of("source", "quantity", "disposition", "description")), fields::toString);
        Api.post(
                        t.shop().path("/ncrs"),
                        t.shop().token(),
                        Json.createObjectBuilder().add("source", "manual").build())
                .expectProblem(400, "validation");
        assertEquals(0, total(t, ""));
    }

    @Test
    void aChangeRewritesTheFindingAndAReceiptNcrKeepsItsSupplier() throws Exception {
        Ncrs t = Ncrs.ready("NCR change");
        JsonObject ncr = t.raise(t.manual());
        String id = ncr.getString("id");
        String plant = Ncrs.plant(t.shop(), "ncr-plant");
        JsonObject changed = Api.put(
                        t.shop().path("/ncrs/" + id),
                        t.shop().token(),
                        Ncrs.change(ncr)
                                .add("item_code", "NUT-M8")
                                .add("plant_id", plant)
                                .add("quantity", 5)
                                .add("defect_codes", Json.createArrayBuilder().add("crack"))
                                .add("disposition", "scrap")
                                .add("root_cause", "Worn die")
                                .build())
                .expect(200)
                .json();
        assertEquals("NUT-M8", changed.getString("item_code"));
        assertEquals(plant, changed.getString("plant_id"));
        assertEquals(List.of("crack"), codes(changed));
        assertEquals("scrap", changed.getString("disposition"));
        assertEquals("Worn die", changed.getString("root_cause"));
        assertEquals(ncr.getString("number"), changed.getString("number"));
        assertEquals(same(changed), same(t.get(id)));
        assertEquals(
                List.of("disposition"),
                Api.put(
                                t.shop().path("/ncrs/" + id),
                                t.shop().token(),
                                Ncrs.change(changed).add("disposition", "burn").build())
                        .fieldErrors());

        JsonObject fromReceipt = t.raise(Json.createObjectBuilder()
                .add("source", "receipt")
                .add("receipt_id", t.receipt())
                .add("quantity", 2));
        UUID other = Buying.supplier(t.shop(), "ELSEWHERE");
        assertEquals(
                List.of("supplier_id"),
                Api.put(
                                t.shop().path("/ncrs/" + fromReceipt.getString("id")),
                                t.shop().token(),
                                Ncrs.change(fromReceipt)
                                        .add("supplier_id", other.toString())
                                        .build())
                        .fieldErrors());
        assertEquals(t.supplier().toString(), t.get(fromReceipt.getString("id")).getString("supplier_id"));
        Api.put(
                        t.shop().path("/ncrs/" + UUID.randomUUID()),
                        t.shop().token(),
                        Ncrs.change(ncr).build())
                .expectProblem(404, "not-found");
        assertEquals(
                List.of("ncr.raised", "ncr.changed"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(t.shop().tenantId()),
                        "SELECT topic FROM outbox WHERE message_key = ? ORDER BY id",
                        id));
    }

    @Test
    void actionsAreOwnedByMembersDueInTheCalendarAndMarkedDone() throws Exception {
        Ncrs t = Ncrs.ready("NCR actions");
        JsonObject ncr = t.raise(t.manual());
        String id = ncr.getString("id");
        LocalDate raised = LocalDate.parse(ncr.getString("raised_on"));
        Member owner = Tenants.join(t.shop().tenantId(), t.shop().token(), "viewer");

        Reply added = Api.post(
                        t.shop().path("/ncrs/" + id + "/actions"),
                        t.shop().token(),
                        Ncrs.action(
                                        "corrective",
                                        owner.id(),
                                        raised.plusDays(14).toString())
                                .build())
                .expect(201);
        JsonObject action = added.json();
        String actionPath = "/ncrs/" + id + "/actions/" + action.getString("id");
        assertTrue(added.header("Location").orElseThrow().endsWith(t.shop().path(actionPath)));
        assertEquals("corrective", action.getString("kind"));
        assertEquals(owner.id().toString(), action.getString("owner_id"));
        assertFalse(action.getBoolean("done"));
        assertEquals(1, t.get(id).getInt("open_corrective_actions"));
        JsonObject read =
                Api.get(t.shop().path(actionPath), t.shop().token()).expect(200).json();
        assertEquals(action.getString("id"), read.getString("id"));
        assertEquals(action.getString("due_on"), read.getString("due_on"));

        Api.post(
                        t.shop().path("/ncrs/" + id + "/actions"),
                        t.shop().token(),
                        Ncrs.action(
                                        "preventive",
                                        owner.id(),
                                        raised.plusDays(30).toString())
                                .build())
                .expect(201);
        assertEquals(2, t.get(id).getJsonArray("actions").size());
        assertEquals(1, t.get(id).getInt("open_corrective_actions"), "a preventive action is not corrective");

        Member stranger = Tenants.signedIn();
        assertEquals(
                List.of("owner_id"),
                Api.post(
                                t.shop().path("/ncrs/" + id + "/actions"),
                                t.shop().token(),
                                Ncrs.action(
                                                "corrective",
                                                stranger.id(),
                                                raised.plusDays(1).toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                Set.of("due_on", "done_on"),
                Set.copyOf(Api.post(
                                t.shop().path("/ncrs/" + id + "/actions"),
                                t.shop().token(),
                                Ncrs.action(
                                                "corrective",
                                                owner.id(),
                                                raised.minusDays(1).toString())
                                        .add("done_on", raised.plusDays(3).toString())
                                        .build())
                        .fieldErrors()));
        assertEquals(
                Set.of("kind", "description", "owner_id", "due_on"),
                Set.copyOf(Api.post(
                                t.shop().path("/ncrs/" + id + "/actions"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("kind", "curative")
                                        .build())
                        .fieldErrors()));
        assertEquals(2, t.get(id).getJsonArray("actions").size(), "nothing half-written");

        JsonObject done = Api.put(
                        t.shop().path(actionPath),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("done_on", raised.toString())
                                .build())
                .expect(200)
                .json();
        assertTrue(done.getBoolean("done"));
        assertEquals(raised.toString(), done.getString("done_on"));
        assertEquals(action.getString("description"), done.getString("description"), "only named fields change");
        assertEquals(0, t.get(id).getInt("open_corrective_actions"));
        Api.put(
                        t.shop().path("/ncrs/" + id + "/actions/" + UUID.randomUUID()),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("done_on", raised.toString())
                                .build())
                .expectProblem(404, "not-found");
        assertEquals(
                List.of("ncr.raised", "ncr.action_added", "ncr.action_added", "ncr.action_done"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(t.shop().tenantId()),
                        "SELECT topic FROM outbox WHERE message_key = ? ORDER BY id",
                        id));
    }

    @Test
    void theListFiltersBySupplierItemSourcePlantStatusAndRaisedDay() {
        Ncrs t = Ncrs.ready("NCR list");
        String plant = Ncrs.plant(t.shop(), "list-plant");
        JsonObject manual = t.raise(t.manual());
        JsonObject atPlant = t.raise(t.manual().add("item_code", "NUT-M8").add("plant_id", plant));
        JsonObject fromReceipt = t.raise(Json.createObjectBuilder()
                .add("source", "receipt")
                .add("receipt_id", t.receipt())
                .add("quantity", 2));
        UUID other = Buying.supplier(t.shop(), "LISTOTHER");
        JsonObject otherSupplier = t.raise(t.manual().add("supplier_id", other.toString()));
        String today = manual.getString("raised_on");

        assertEquals(4, total(t, ""));
        assertEquals(3, total(t, "?supplier_id=" + t.supplier()));
        assertEquals(1, total(t, "?item_code=NUT-M8"));
        assertEquals(1, total(t, "?source=receipt"));
        assertEquals(1, total(t, "?plant_id=" + plant));
        assertEquals(4, total(t, "?status=open"));
        assertEquals(0, total(t, "?status=closed"));
        assertEquals(4, total(t, "?from=" + today + "&to=" + today));
        assertEquals(0, total(t, "?from=" + LocalDate.parse(today).plusDays(1)));
        assertEquals(0, total(t, "?to=" + LocalDate.parse(today).minusDays(1)));
        List<String> numbers = Api.get(
                        t.shop().path("/ncrs?sort=number&per_page=2"), t.shop().token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(n -> n.getString("number"))
                .toList();
        assertEquals(List.of(manual.getString("number"), atPlant.getString("number")), numbers);
        assertEquals(
                Set.of(fromReceipt.getString("id"), otherSupplier.getString("id")),
                Api.get(t.shop().path("/ncrs?sort=-number&per_page=2"), t.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(n -> n.getString("id"))
                        .collect(Collectors.toSet()));
        Api.get(t.shop().path("/ncrs?source=hearsay"), t.shop().token()).expectProblem(400, "validation");
        Api.get(t.shop().path("/ncrs?sort=colour"), t.shop().token()).expectProblem(400, "validation");
        Api.get(t.shop().path("/ncrs?from=yesterday"), t.shop().token()).expectProblem(400, "validation");
    }

    @Test
    void anNcrDoesNotCloseWhileACorrectiveActionIsOpenAndNoLongerChangesOnceClosed() {
        Ncrs t = Ncrs.ready("NCR closing");
        t.define(Ncrs.closing());
        JsonObject ncr = t.raise(t.manual());
        String id = ncr.getString("id");
        LocalDate raised = LocalDate.parse(ncr.getString("raised_on"));
        String action = Api.post(
                        t.shop().path("/ncrs/" + id + "/actions"),
                        t.shop().token(),
                        Ncrs.action(
                                        "corrective",
                                        t.shop().admin().id(),
                                        raised.plusDays(7).toString())
                                .build())
                .expect(201)
                .json()
                .getString("id");

        JsonObject refused = Api.post(
                        t.shop().path("/ncrs/" + id + "/transitions/close"),
                        t.shop().token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "ncr-actions-open");
        assertEquals(1, refused.getInt("open_actions"));
        assertEquals("open", t.get(id).getString("status"));
        assertEquals(
                "open",
                Api.get(t.shop().path("/ncrs/" + id + "/workflow"), t.shop().token())
                        .expect(200)
                        .json()
                        .getString("state"),
                "the refused transition left no trace in the engine either");

        Api.put(
                        t.shop().path("/ncrs/" + id + "/actions/" + action),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("done_on", raised.toString())
                                .build())
                .expect(200);
        Api.post(
                        t.shop().path("/ncrs/" + id + "/transitions/close"),
                        t.shop().token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        JsonObject closed = t.get(id);
        assertEquals("closed", closed.getString("status"));
        assertTrue(closed.getBoolean("closed"));
        assertEquals(raised.toString(), closed.getString("closed_on"));

        Api.put(
                        t.shop().path("/ncrs/" + id),
                        t.shop().token(),
                        Ncrs.change(closed).build())
                .expectProblem(409, "ncr-closed");
        Api.post(
                        t.shop().path("/ncrs/" + id + "/actions"),
                        t.shop().token(),
                        Ncrs.action(
                                        "preventive",
                                        t.shop().admin().id(),
                                        raised.plusDays(7).toString())
                                .build())
                .expectProblem(409, "ncr-closed");
        Api.put(
                        t.shop().path("/ncrs/" + id + "/actions/" + action),
                        t.shop().token(),
                        Json.createObjectBuilder().add("reopen", true).build())
                .expectProblem(409, "ncr-closed");
        assertEquals(same(closed), same(t.get(id)));
    }
}
