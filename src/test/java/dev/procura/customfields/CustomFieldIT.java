package dev.procura.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Custom fields through the API: definitions (CRUD, bad input, key conflicts, fixed key and type),
 * values on suppliers checked on every write and shown in every view, list filters and sorts
 * through an expression index, archive / restore / purge, and the outbox trail.
 */
@MicroShedTest
class CustomFieldIT {

    static JsonObjectBuilder field(String entityType, String key, String type) {
        return Json.createObjectBuilder()
                .add("entity_type", entityType)
                .add("key", key)
                .add("label", "Label of " + key)
                .add("type", type);
    }

    static String define(Shop shop, JsonObject body) {
        return Api.post(shop.path("/custom-fields"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObject supplier(Shop shop, String code, JsonObjectBuilder custom) {
        return Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody(code).add("custom_fields", custom).build())
                .expect(201)
                .json();
    }

    private static Set<String> fieldErrors(Reply reply) {
        return reply.expectProblem(400, "validation").getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private static List<String> codes(Shop shop, String query) {
        return Api.get(shop.path("/suppliers?" + query), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(s -> s.getString("code"))
                .toList();
    }

    private static void tiers(Shop shop) {
        String list = Api.post(
                        shop.path("/type-lists"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "tiers")
                                .add("name", "Tiers")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        for (String code : List.of("gold", "silver", "bronze")) {
            Api.post(
                            shop.path("/type-lists/" + list + "/values"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("code", code)
                                    .add("label", code)
                                    .build())
                    .expect(201);
        }
    }

    @Test
    void aDefinitionRoundTripsAndKeepsItsKeyAndType() {
        Shop shop = Buying.shop("Custom fields CRUD");
        Reply created = Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "audit_score", "decimal")
                                .add("min", 0)
                                .add("max", 100)
                                .add("indexed", true)
                                .add("help_text", "Last audit, 0-100")
                                .build())
                .expect(201);
        JsonObject made = created.json();
        String id = made.getString("id");
        assertTrue(created.header("Location").orElseThrow().endsWith(shop.path("/custom-fields/" + id)));
        assertEquals("decimal", made.getString("type"));
        assertEquals(0, made.getJsonNumber("min").bigDecimalValue().compareTo(BigDecimal.ZERO));
        assertTrue(made.getBoolean("indexed"));
        assertTrue(made.getBoolean("active"));
        assertFalse(made.getBoolean("required"));

        Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "audit_score", "text").build())
                .expectProblem(409, "custom-field-key-taken");
        // The same key on another record type is another field.
        define(shop, field("invoice", "audit_score", "text").build());

        JsonObject changed = Api.put(
                        shop.path("/custom-fields/" + id),
                        shop.token(),
                        field("supplier", "audit_score", "decimal")
                                .add("label", "Audit score (%)")
                                .add("min", 0)
                                .add("max", 100)
                                .add("indexed", true)
                                .build())
                .expect(200)
                .json();
        assertEquals("Audit score (%)", changed.getString("label"));
        assertEquals(
                Set.of("key", "type"),
                fieldErrors(Api.put(
                        shop.path("/custom-fields/" + id),
                        shop.token(),
                        field("supplier", "score", "integer").build())));

        JsonObject page = Api.get(shop.path("/custom-fields?entity_type=supplier"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"));
        assertEquals(
                "Audit score (%)",
                Api.get(shop.path("/custom-fields/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getString("label"));
        Api.get(shop.path("/custom-fields?entity_type=spaceship"), shop.token()).expectProblem(400, "validation");
    }

    @Test
    void badDefinitionsAreRefusedWithEveryReason() {
        Shop shop = Buying.shop("Custom fields bad definitions");
        assertEquals(
                Set.of("key", "type", "label"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "supplier")
                                .add("key", "Bad Key")
                                .add("type", "colour")
                                .build())));
        assertEquals(
                Set.of("entity_type"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("spaceship", "x", "text").build())));
        assertEquals(
                Set.of("type_list"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "tier", "single_choice").build())));
        assertEquals(
                Set.of("type_list"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "tier", "single_choice")
                                .add("type_list", "nowhere")
                                .build())));
        assertEquals(
                Set.of("type_list", "pattern", "indexed"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "tags", "multi_choice")
                                .add("type_list", "tiers")
                                .add("pattern", "x")
                                .add("indexed", true)
                                .build())));
        assertEquals(
                Set.of("pattern"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "ref", "text").add("pattern", "([a-z").build())));
        assertEquals(
                Set.of("min"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "score", "integer")
                                .add("min", 10)
                                .add("max", 1)
                                .build())));
        assertEquals(
                Set.of("default_value"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "score", "integer")
                                .add("max", 10)
                                .add("default_value", 11)
                                .build())));
        assertEquals(
                Set.of("ref_entity_type"),
                fieldErrors(Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "parent", "entity_reference")
                                .add("ref_entity_type", "planet")
                                .build())));
        assertEquals(
                0,
                Api.get(shop.path("/custom-fields"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void valuesAreCheckedOnEveryWriteAndShownInEveryView() throws SQLException {
        Shop shop = Buying.shop("Custom field values");
        tiers(shop);
        define(
                shop,
                field("supplier", "audit_score", "decimal")
                        .add("min", 0)
                        .add("max", 100)
                        .build());
        define(
                shop,
                field("supplier", "tier", "single_choice")
                        .add("type_list", "tiers")
                        .build());
        define(
                shop,
                field("supplier", "tags", "multi_choice")
                        .add("type_list", "tiers")
                        .build());
        define(shop, field("supplier", "certified_on", "date").build());
        define(shop, field("supplier", "audited_at", "datetime").build());
        define(shop, field("supplier", "credit", "money").build());
        define(shop, field("supplier", "headcount", "integer").build());
        define(shop, field("supplier", "preferred", "boolean").build());
        define(shop, field("supplier", "owner", "user").build());
        define(
                shop,
                field("supplier", "vat_ref", "text")
                        .add("pattern", "[A-Z]{2}[0-9]+")
                        .add("max", 12)
                        .build());
        define(
                shop,
                field("supplier", "region", "text")
                        .add("required", true)
                        .add("default_value", "EU")
                        .build());

        JsonObject acme = supplier(
                shop,
                "ACME",
                Json.createObjectBuilder()
                        .add("audit_score", 87.5)
                        .add("tier", "gold")
                        .add("tags", Json.createArrayBuilder().add("gold").add("silver"))
                        .add("certified_on", "2026-01-05")
                        .add("audited_at", "2026-03-01T10:15:30+01:00")
                        .add(
                                "credit",
                                Json.createObjectBuilder().add("amount", 5000).add("currency", "EUR"))
                        .add("headcount", 120)
                        .add("preferred", true)
                        .add("owner", shop.admin().id().toString())
                        .add("vat_ref", "PT123"));
        JsonObject values = acme.getJsonObject("custom_fields");
        assertEquals(0, values.getJsonNumber("audit_score").bigDecimalValue().compareTo(new BigDecimal("87.5")));
        assertEquals("gold", values.getString("tier"));
        assertEquals("2026-03-01T09:15:30.000Z", values.getString("audited_at"));
        assertEquals("EUR", values.getJsonObject("credit").getString("currency"));
        assertEquals("EU", values.getString("region"), "the required field's default filled in");
        String id = acme.getString("id");
        assertEquals(
                values,
                Api.get(shop.path("/suppliers/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("custom_fields"));

        long before = Api.get(shop.path("/suppliers"), shop.token())
                .expect(200)
                .json()
                .getInt("total");
        Reply bad = Api.post(
                shop.path("/suppliers"),
                shop.token(),
                Buying.supplierBody("BAD")
                        .add(
                                "custom_fields",
                                Json.createObjectBuilder()
                                        .add("audit_score", 101)
                                        .add("tier", "platinum")
                                        .add(
                                                "tags",
                                                Json.createArrayBuilder()
                                                        .add("gold")
                                                        .add("gold"))
                                        .add("certified_on", "05/01/2026")
                                        .add("audited_at", "yesterday")
                                        .add(
                                                "credit",
                                                Json.createObjectBuilder().add("amount", 5))
                                        .add("headcount", 1.5)
                                        .add("preferred", "yes")
                                        .add(
                                                "owner",
                                                java.util.UUID.randomUUID().toString())
                                        .add("vat_ref", "pt123")
                                        .add("nickname", "x"))
                        .build());
        assertEquals(
                Set.of(
                        "custom_fields.audit_score",
                        "custom_fields.tier",
                        "custom_fields.tags",
                        "custom_fields.certified_on",
                        "custom_fields.audited_at",
                        "custom_fields.credit",
                        "custom_fields.headcount",
                        "custom_fields.preferred",
                        "custom_fields.owner",
                        "custom_fields.vat_ref",
                        "custom_fields.nickname"),
                fieldErrors(bad));
        assertEquals(
                before,
                Api.get(shop.path("/suppliers"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        // An update changes only the keys it sends; null clears one; a required field cannot be cleared.
        JsonObject updated = Api.put(
                        shop.path("/suppliers/" + id),
                        shop.token(),
                        Buying.supplierBody("ACME")
                                .add(
                                        "custom_fields",
                                        Json.createObjectBuilder()
                                                .add("audit_score", 90)
                                                .addNull("tier"))
                                .build())
                .expect(200)
                .json()
                .getJsonObject("custom_fields");
        assertEquals(90, updated.getJsonNumber("audit_score").intValue());
        assertFalse(updated.containsKey("tier"));
        assertEquals("2026-01-05", updated.getString("certified_on"));
        JsonObject untouched = Api.put(
                        shop.path("/suppliers/" + id),
                        shop.token(),
                        Buying.supplierBody("ACME").build())
                .expect(200)
                .json()
                .getJsonObject("custom_fields");
        assertEquals(updated, untouched);
        assertEquals(
                List.of("EU"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT custom_fields ->> 'region' FROM suppliers WHERE code = 'ACME'"));
    }

    @Test
    void listsFilterAndSortOnCustomFieldsThroughTheExpressionIndex() throws SQLException {
        Shop shop = Buying.shop("Custom field lists");
        tiers(shop);
        String score = define(
                shop,
                field("supplier", "audit_score", "decimal").add("indexed", true).build());
        define(
                shop,
                field("supplier", "tags", "multi_choice")
                        .add("type_list", "tiers")
                        .build());
        define(shop, field("supplier", "certified_on", "date").build());
        define(shop, field("supplier", "credit", "money").add("indexed", true).build());
        supplier(
                shop,
                "LOW",
                Json.createObjectBuilder()
                        .add("audit_score", 50)
                        .add("certified_on", "2025-06-01")
                        .add(
                                "credit",
                                Json.createObjectBuilder().add("amount", 100).add("currency", "EUR"))
                        .add("tags", Json.createArrayBuilder().add("bronze")));
        supplier(
                shop,
                "MID",
                Json.createObjectBuilder()
                        .add("audit_score", 87.5)
                        .add("certified_on", "2026-01-05")
                        .add(
                                "credit",
                                Json.createObjectBuilder().add("amount", 1000).add("currency", "EUR"))
                        .add("tags", Json.createArrayBuilder().add("gold").add("silver")));
        supplier(
                shop,
                "TOP",
                Json.createObjectBuilder()
                        .add("audit_score", 95)
                        .add("certified_on", "2026-02-10")
                        .add(
                                "credit",
                                Json.createObjectBuilder().add("amount", 20).add("currency", "EUR"))
                        .add("tags", Json.createArrayBuilder().add("gold")));
        supplier(shop, "NONE", Json.createObjectBuilder());

        assertEquals(List.of("MID"), codes(shop, "cf.audit_score=87.50"));
        assertEquals(List.of("MID", "TOP"), codes(shop, "cf.audit_score.from=80"));
        assertEquals(List.of("LOW", "MID"), codes(shop, "cf.audit_score.to=90"));
        assertEquals(List.of("MID"), codes(shop, "cf.audit_score.from=80&cf.certified_on.to=2026-01-31"));
        assertEquals(List.of("MID", "TOP"), codes(shop, "cf.tags=gold"));
        assertEquals(List.of("MID"), codes(shop, "cf.credit.from=500"));
        // PostgreSQL puts records without the value last going up, first going down.
        assertEquals(List.of("NONE", "TOP", "MID", "LOW"), codes(shop, "sort=-cf.audit_score"));
        assertEquals(List.of("LOW", "MID", "TOP", "NONE"), codes(shop, "sort=cf.audit_score"));
        assertEquals(List.of("TOP", "LOW", "MID", "NONE"), codes(shop, "sort=cf.credit"));
        assertEquals(
                2,
                Api.get(shop.path("/suppliers?cf.audit_score.from=80&per_page=1"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        assertEquals(Set.of("cf.nowhere"), fieldErrors(Api.get(shop.path("/suppliers?cf.nowhere=1"), shop.token())));
        assertEquals(
                Set.of("cf.audit_score"),
                fieldErrors(Api.get(shop.path("/suppliers?cf.audit_score=high"), shop.token())));
        assertEquals(
                Set.of("cf.tags.from"), fieldErrors(Api.get(shop.path("/suppliers?cf.tags.from=a"), shop.token())));
        assertEquals(Set.of("sort"), fieldErrors(Api.get(shop.path("/suppliers?sort=cf.tags"), shop.token())));

        String url = Tenants.databaseUrl(shop.tenantId());
        List<String> indexes = ControlDb.stringsAt(
                url,
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'suppliers' AND indexname LIKE 'cf\\_%' ORDER BY indexdef");
        assertEquals(2, indexes.size(), indexes.toString());
        assertTrue(
                indexes.stream().anyMatch(d -> d.contains("(custom_fields -> 'audit_score'::text)")),
                indexes.toString());
        assertTrue(indexes.stream().anyMatch(d -> d.contains("-> 'amount'::text")), indexes.toString());

        // Unindexing drops the index; lists still filter.
        Api.put(
                        shop.path("/custom-fields/" + score),
                        shop.token(),
                        field("supplier", "audit_score", "decimal").build())
                .expect(200);
        assertEquals(
                1,
                ControlDb.stringsAt(
                                url,
                                "SELECT indexname FROM pg_indexes WHERE tablename = 'suppliers' AND indexname LIKE 'cf\\_%'")
                        .size());
        assertEquals(List.of("MID", "TOP"), codes(shop, "cf.audit_score.from=80"));
    }

    @Test
    void deletingAFieldWithValuesArchivesItUnlessPurged() throws SQLException {
        Shop shop = Buying.shop("Custom field removal");
        String unused = define(shop, field("supplier", "unused", "text").build());
        String kept = define(shop, field("supplier", "kept", "text").build());
        String purged = define(
                shop,
                field("supplier", "purged", "integer").add("indexed", true).build());
        String id = supplier(
                        shop,
                        "HOLDER",
                        Json.createObjectBuilder().add("kept", "value").add("purged", 7))
                .getString("id");

        JsonObject deleted = Api.delete(shop.path("/custom-fields/" + unused), shop.token())
                .expect(200)
                .json();
        assertEquals("deleted", deleted.getString("outcome"));
        assertEquals(0, deleted.getInt("records_with_values"));
        Api.get(shop.path("/custom-fields/" + unused), shop.token()).expectProblem(404, "not-found");

        JsonObject archived = Api.delete(shop.path("/custom-fields/" + kept), shop.token())
                .expect(200)
                .json();
        assertEquals("archived", archived.getString("outcome"));
        assertEquals(1, archived.getInt("records_with_values"));
        assertFalse(archived.getJsonObject("field").isNull("archived_at"));
        JsonObject view =
                Api.get(shop.path("/suppliers/" + id), shop.token()).expect(200).json();
        assertFalse(view.getJsonObject("custom_fields").containsKey("kept"), "an archived field's value is hidden");
        assertEquals(
                List.of("purged"),
                Api.get(shop.path("/custom-fields?entity_type=supplier"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(f -> f.getString("key"))
                        .toList());
        assertEquals(
                2,
                Api.get(shop.path("/custom-fields?entity_type=supplier&archived=true"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        field("supplier", "kept", "text").build())
                .expectProblem(409, "custom-field-key-taken");
        Reply write = Api.put(
                shop.path("/suppliers/" + id),
                shop.token(),
                Buying.supplierBody("HOLDER")
                        .add("custom_fields", Json.createObjectBuilder().add("kept", "new"))
                        .build());
        assertEquals(Set.of("custom_fields.kept"), fieldErrors(write));

        Api.put(
                        shop.path("/custom-fields/" + kept),
                        shop.token(),
                        field("supplier", "kept", "text").build())
                .expect(200);
        assertEquals(
                "value",
                Api.get(shop.path("/suppliers/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("custom_fields")
                        .getString("kept"),
                "restoring the field shows its kept value again");

        JsonObject purge = Api.delete(shop.path("/custom-fields/" + purged + "?purge=true"), shop.token())
                .expect(200)
                .json();
        assertEquals("purged", purge.getString("outcome"));
        String url = Tenants.databaseUrl(shop.tenantId());
        assertEquals(
                List.of("false"),
                ControlDb.stringsAt(
                        url,
                        "SELECT CAST(jsonb_exists(custom_fields, 'purged') AS text) FROM suppliers WHERE code = 'HOLDER'"));
        assertEquals(
                List.of(),
                ControlDb.stringsAt(
                        url,
                        "SELECT indexname FROM pg_indexes WHERE tablename = 'suppliers' AND indexname LIKE 'cf\\_%'"));
        assertEquals(
                List.of(
                        "custom_field.created " + unused,
                        "custom_field.created " + kept,
                        "custom_field.created " + purged,
                        "custom_field.deleted " + unused,
                        "custom_field.archived " + kept,
                        "custom_field.restored " + kept,
                        "custom_field.purged " + purged),
                ControlDb.stringsAt(
                        url,
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'custom\\_field%' ORDER BY id"));
    }
}
