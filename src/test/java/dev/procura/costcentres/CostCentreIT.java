package dev.procura.costcentres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Cost centres through the API: the hierarchy without cycles, owners who are members, deactivation
 * refused under active children, the events and audit; budgets and orders that must name an active
 * one; and the bulk import with parents by code.
 */
@MicroShedTest
class CostCentreIT {

    static JsonObjectBuilder body(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name);
    }

    static JsonObject create(Shop shop, JsonObject body) {
        return Api.post(shop.path("/cost-centres"), shop.token(), body)
                .expect(201)
                .json();
    }

    private static JsonObject budget(String costCenter, String period) {
        return Json.createObjectBuilder()
                .add("cost_center", costCenter)
                .add("period", period)
                .add("amount", 1000)
                .add("currency", "EUR")
                .add("action_on_exceed", "warn")
                .build();
    }

    private static JsonObject order(UUID supplier, String costCenter) {
        return Buying.orderBody(supplier, Buying.lines(Buying.line("CC-1", "1", "10", "0")))
                .add("cost_center", costCenter)
                .build();
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code"))
                .toList();
    }

    @Test
    void costCentresFormAHierarchyWithOwnersAndFilters() throws SQLException {
        Shop shop = Buying.shop("Cost centres");
        String it = Buying.costCentre(shop, "IT");
        JsonObject ops = create(
                shop,
                body("IT-OPS", "IT operations")
                        .add("parent_code", "it")
                        .add("owner_id", shop.admin().id().toString())
                        .add("valid_from", "2020-01-01")
                        .build());
        assertEquals(it, ops.getString("parent_id"));
        assertEquals("IT", ops.getString("parent_code"));
        assertEquals(shop.admin().id().toString(), ops.getString("owner_id"));
        assertEquals("2020-01-01", ops.getString("valid_from"));
        assertTrue(ops.getBoolean("active"));
        JsonObject net = create(
                shop,
                body("IT-OPS-NET", "Networks").add("parent_code", "IT-OPS").build());
        create(shop, body("HR", "Human resources").build());

        Api.post(
                        shop.path("/cost-centres"),
                        shop.token(),
                        body("it-ops", "Again").build())
                .expectProblem(409, "cost-centre-code-taken");
        var unknownParent = Api.post(
                shop.path("/cost-centres"),
                shop.token(),
                body("X1", "X").add("parent_code", "NOPE").build());
        assertEquals(List.of("parent_code"), unknownParent.fieldErrors());
        var stranger = Api.post(
                shop.path("/cost-centres"),
                shop.token(),
                body("X2", "X")
                        .add("owner_id", Tenants.signedIn().id().toString())
                        .build());
        assertEquals(List.of("owner_id"), stranger.fieldErrors());
        var backwards = Api.post(
                shop.path("/cost-centres"),
                shop.token(),
                body("X3", "X")
                        .add("valid_from", "2026-02-01")
                        .add("valid_to", "2026-01-01")
                        .build());
        assertEquals(List.of("validity_ordered"), backwards.fieldErrors());
        var badCode = Api.post(
                shop.path("/cost-centres"), shop.token(), body("IT OPS", "X").build());
        assertEquals(List.of("code"), badCode.fieldErrors());

        assertEquals(
                List.of("IT-OPS"),
                codes(Api.get(shop.path("/cost-centres?parent=IT"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("IT-OPS-NET"),
                codes(Api.get(shop.path("/cost-centres?parent=" + ops.getString("id")), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of(),
                codes(Api.get(shop.path("/cost-centres?parent=NOPE"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("IT-OPS"),
                codes(Api.get(shop.path("/cost-centres?owner_id=" + shop.admin().id()), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("IT-OPS-NET", "IT-OPS"),
                codes(Api.get(shop.path("/cost-centres?q=ops&sort=-code"), shop.token())
                        .expect(200)
                        .json()));
        JsonObject firstPage = Api.get(shop.path("/cost-centres?per_page=2&sort=name"), shop.token())
                .expect(200)
                .json();
        assertEquals(4, firstPage.getInt("total"));
        assertEquals(List.of("HR", "IT"), codes(firstPage));
        Api.get(shop.path("/cost-centres?sort=owner"), shop.token()).expectProblem(400, "validation");

        JsonObject tree = Api.get(shop.path("/cost-centres/" + it + "/tree"), shop.token())
                .expect(200)
                .json();
        assertEquals("IT", tree.getString("code"));
        JsonObject child = tree.getJsonArray("children").getJsonObject(0);
        assertEquals("IT-OPS", child.getString("code"));
        assertEquals(
                "IT-OPS-NET", child.getJsonArray("children").getJsonObject(0).getString("code"));
        assertEquals(1, tree.getJsonArray("children").size());

        var ownParent = Api.put(
                shop.path("/cost-centres/" + it),
                shop.token(),
                body("IT", "IT").add("parent_code", "it").build());
        assertEquals(List.of("parent_code"), ownParent.fieldErrors());
        // IT under its own grandchild would be a cycle.
        var cycle = Api.put(
                shop.path("/cost-centres/" + it),
                shop.token(),
                body("IT", "IT").add("parent_code", "IT-OPS-NET").build());
        assertEquals(List.of("parent_code"), cycle.fieldErrors());
        assertTrue(cycle.body().contains("cycle"), cycle.body());

        JsonObject refused = Api.put(
                        shop.path("/cost-centres/" + ops.getString("id")),
                        shop.token(),
                        body("IT-OPS", "IT operations")
                                .add("parent_code", "IT")
                                .add("active", false)
                                .build())
                .expectProblem(409, "cost-centre-has-active-children");
        assertEquals(1, refused.getInt("children"));
        JsonObject netOff = Api.put(
                        shop.path("/cost-centres/" + net.getString("id")),
                        shop.token(),
                        body("IT-OPS-NET", "Networks (closed)")
                                .add("parent_code", "IT-OPS")
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertFalse(netOff.getBoolean("active"));
        assertEquals("Networks (closed)", netOff.getString("name"));
        JsonObject opsOff = Api.put(
                        shop.path("/cost-centres/" + ops.getString("id")),
                        shop.token(),
                        body("IT-OPS", "IT operations")
                                .add("parent_code", "IT")
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertFalse(opsOff.getBoolean("active"));
        // As stored, but for the time of the change (nanoseconds answered, microseconds stored).
        JsonObject stored = Api.get(shop.path("/cost-centres/" + ops.getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals(
                Json.createObjectBuilder(opsOff).remove("updated_at").build(),
                Json.createObjectBuilder(stored).remove("updated_at").build());
        assertEquals(
                List.of("IT-OPS", "IT-OPS-NET"),
                codes(Api.get(shop.path("/cost-centres?active=false"), shop.token())
                        .expect(200)
                        .json()));
        // An active cost centre cannot sit under an inactive one.
        var underInactive = Api.post(
                shop.path("/cost-centres"),
                shop.token(),
                body("IT-OPS-DB", "Databases").add("parent_code", "IT-OPS").build());
        assertEquals(List.of("parent_code"), underInactive.fieldErrors());
        Api.get(shop.path("/cost-centres/" + UUID.randomUUID()), shop.token()).expectProblem(404, "not-found");

        String id = ops.getString("id");
        assertEquals(
                List.of("cost_centre.created " + id, "cost_centre.deactivated " + id),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = ? ORDER BY id",
                        id));
        List<String> trail = Await.until("the audit trail of " + id, Duration.ofSeconds(30), () -> {
            List<String> actions = Api.get(shop.path("/audit/entities/cost_centre/" + id), shop.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("action"))
                    .toList();
            return actions.size() == 2 ? Optional.of(actions) : Optional.empty();
        });
        assertEquals(List.of("cost_centre.deactivated", "cost_centre.created"), trail);
    }

    @Test
    void budgetsAndOrdersMustNameAnActiveCostCentreAndKeepOneDeactivatedSince() {
        Shop shop = Buying.shop("Cost centre checks");
        UUID supplier = Buying.supplier(shop, "CCS");
        JsonObject unknownOrder = Api.post(shop.path("/purchase-orders"), shop.token(), order(supplier, "NOPE"))
                .expectProblem(400, "validation");
        assertEquals(
                "cost_center",
                unknownOrder.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(unknownOrder.toString().contains("add it under /cost-centres"), unknownOrder::toString);
        var unknownBudget = Api.post(shop.path("/budgets"), shop.token(), budget("NOPE", "2030"));
        assertEquals(List.of("cost_center"), unknownBudget.fieldErrors());
        assertTrue(unknownBudget.body().contains("/cost-centres"), unknownBudget.body());

        // Named in another case, the master's spelling is stored.
        JsonObject lower = Api.post(shop.path("/purchase-orders"), shop.token(), order(supplier, "it"))
                .expect(201)
                .json();
        assertEquals("IT", lower.getString("cost_center"));

        String old = Buying.costCentre(shop, "OLD");
        Buying.costCentre(shop, "NEW");
        String orderId = Api.post(shop.path("/purchase-orders"), shop.token(), order(supplier, "OLD"))
                .expect(201)
                .json()
                .getString("id");
        String budgetId = Api.post(shop.path("/budgets"), shop.token(), budget("OLD", "2030"))
                .expect(201)
                .json()
                .getString("budget_id");
        Api.put(
                        shop.path("/cost-centres/" + old),
                        shop.token(),
                        body("OLD", "OLD").add("active", false).build())
                .expect(200);

        JsonObject inactive = Api.post(shop.path("/purchase-orders"), shop.token(), order(supplier, "OLD"))
                .expectProblem(400, "validation");
        assertTrue(inactive.toString().contains("inactive"), inactive::toString);
        assertEquals(
                List.of("cost_center"),
                Api.post(shop.path("/budgets"), shop.token(), budget("OLD", "2031"))
                        .fieldErrors());
        // The documents that name it keep it when changed otherwise ...
        JsonObject kept = Api.put(shop.path("/purchase-orders/" + orderId), shop.token(), order(supplier, "OLD"))
                .expect(200)
                .json();
        assertEquals("OLD", kept.getString("cost_center"));
        Api.put(shop.path("/budgets/" + budgetId), shop.token(), budget("OLD", "2030"))
                .expect(200);
        // ... and may move to an active one, not back.
        assertEquals(
                "NEW",
                Api.put(shop.path("/purchase-orders/" + orderId), shop.token(), order(supplier, "NEW"))
                        .expect(200)
                        .json()
                        .getString("cost_center"));
        assertEquals(
                List.of("cost_center"),
                Api.put(shop.path("/purchase-orders/" + orderId), shop.token(), order(supplier, "OLD"))
                        .fieldErrors());

        // Outside its validity a cost centre is refused too.
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        create(shop, body("PAST", "Closed last year").add("valid_to", yesterday).build());
        JsonObject expired = Api.post(shop.path("/purchase-orders"), shop.token(), order(supplier, "PAST"))
                .expectProblem(400, "validation");
        assertTrue(expired.toString().contains("not valid on"), expired::toString);
    }

    private static JsonObject imported(Shop shop, String csv, String mode, boolean dryRun) {
        String document = Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        "centres.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        new LinkedHashMap<>())
                .expect(201)
                .json()
                .getString("id");
        String id = Api.post(
                        shop.path("/imports"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity", "cost_centres")
                                .add("document_id", document)
                                .add("mode", mode)
                                .add("dry_run", dryRun)
                                .build())
                .expect(202)
                .json()
                .getString("id");
        JsonObject run = Await.until("import " + id, Duration.ofSeconds(60), () -> {
            JsonObject status = Api.get(shop.path("/imports/" + id), shop.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(status.getString("status"))
                    ? Optional.of(status)
                    : Optional.empty();
        });
        assertEquals("completed", run.getString("status"), run::toString);
        return run;
    }

    private static List<Integer> counts(JsonObject run) {
        return List.of(run.getInt("created"), run.getInt("updated"), run.getInt("unchanged"), run.getInt("rejected"));
    }

    @Test
    void theImportAddsCostCentresWithTheirParentsByCode() {
        Shop shop = Buying.shop("Cost centre import");
        String csv = "code,name,parent_code,owner_id\n"
                + "HQ,Headquarters,," + shop.admin().id() + "\n"
                + "HQ-FIN,Finance,hq,\n"
                + "HQ-BAD,Orphan,MISSING,\n"
                + "IT,Information technology,HQ,\n";
        // A dry run writes nothing, and does not see the parents the file itself adds.
        assertEquals(List.of(1, 0, 0, 3), counts(imported(shop, csv, "upsert", true)));
        assertEquals(
                List.of("IT"),
                codes(Api.get(shop.path("/cost-centres"), shop.token())
                        .expect(200)
                        .json()));

        assertEquals(List.of(2, 1, 0, 1), counts(imported(shop, csv, "upsert", false)));
        JsonObject fin = Api.get(shop.path("/cost-centres?q=HQ-FIN"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("HQ", fin.getString("parent_code"));
        assertEquals(
                List.of("HQ-FIN", "IT"),
                codes(Api.get(shop.path("/cost-centres?parent=HQ"), shop.token())
                        .expect(200)
                        .json()));
        // Again: equal rows write nothing; in create mode an existing code is a rejected row.
        assertEquals(List.of(0, 0, 3, 1), counts(imported(shop, csv, "upsert", false)));
        assertEquals(List.of(0, 0, 0, 4), counts(imported(shop, csv, "create", false)));
    }
}
