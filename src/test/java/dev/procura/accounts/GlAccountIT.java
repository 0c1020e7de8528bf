package dev.procura.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The chart of accounts through the API: the hierarchy rules, filters, the default chart and deactivation. */
@MicroShedTest
public class GlAccountIT {

    public static JsonObjectBuilder accountBody(String code, String name, String type, String kind) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", name)
                .add("type", type)
                .add("kind", kind);
    }

    public static String createAccount(Shop shop, JsonObject body) {
        return Api.post(shop.path("/gl-accounts"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("code"))
                .toList();
    }

    @Test
    void accountsFormAHierarchyOfGroupsAndPostableAccountsOfOneType() throws SQLException {
        Shop shop = Buying.shop("GL hierarchy");
        String assets = createAccount(
                shop, accountBody("1000", "Assets", "asset", "group").build());
        JsonObject inventory = Api.post(
                        shop.path("/gl-accounts"),
                        shop.token(),
                        accountBody("1400", "Inventory", "asset", "postable")
                                .add("parent_code", "1000")
                                .add("currency", "EUR")
                                .build())
                .expect(201)
                .json();
        assertEquals(assets, inventory.getString("parent_id"));
        assertEquals("1000", inventory.getString("parent_code"));
        assertEquals("EUR", inventory.getString("currency"));
        assertTrue(inventory.getBoolean("active"));
        String inventoryId = inventory.getString("id");

        Api.post(
                        shop.path("/gl-accounts"),
                        shop.token(),
                        accountBody("1000", "Again", "asset", "group").build())
                .expectProblem(409, "gl-account-code-taken");
        createAccount(shop, accountBody("AB-1", "Letters", "asset", "group").build());
        Api.post(
                        shop.path("/gl-accounts"),
                        shop.token(),
                        accountBody("ab-1", "Case", "asset", "group").build())
                .expectProblem(409, "gl-account-code-taken");
        assertEquals(
                List.of("parent_code", "type"),
                Api.post(
                                shop.path("/gl-accounts"),
                                shop.token(),
                                accountBody("1410", "Under a postable", "expense", "postable")
                                        .add("parent_code", "1400")
                                        .build())
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("currency"),
                Api.post(
                                shop.path("/gl-accounts"),
                                shop.token(),
                                accountBody("1420", "Francs", "asset", "postable")
                                        .add("currency", "CHF")
                                        .build())
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("parent_code"),
                Api.post(
                                shop.path("/gl-accounts"),
                                shop.token(),
                                accountBody("1430", "Orphan", "asset", "postable")
                                        .add("parent_code", "9999")
                                        .build())
                        .expect(400)
                        .fieldErrors());
        Api.post(
                        shop.path("/gl-accounts"),
                        shop.token(),
                        accountBody("1440", "Odd", "cash", "ledger").build())
                .expectProblem(400, "validation");

        String current = createAccount(
                shop,
                accountBody("1100", "Current assets", "asset", "group")
                        .add("parent_id", assets)
                        .build());
        assertEquals(
                List.of("parent_id"),
                Api.put(
                                shop.path("/gl-accounts/" + assets),
                                shop.token(),
                                accountBody("1000", "Assets", "asset", "group")
                                        .add("parent_id", current)
                                        .build())
                        .expect(400)
                        .fieldErrors(),
                "a group under its own child is a cycle");
        assertEquals(
                List.of("kind", "type"),
                Api.put(
                                shop.path("/gl-accounts/" + assets),
                                shop.token(),
                                accountBody("1000", "Assets", "expense", "postable")
                                        .build())
                        .expect(400)
                        .fieldErrors());

        JsonObject moved = Api.put(
                        shop.path("/gl-accounts/" + inventoryId),
                        shop.token(),
                        accountBody("1400", "Stock", "asset", "postable")
                                .add("parent_id", current)
                                .build())
                .expect(200)
                .json();
        assertEquals("1100", moved.getString("parent_code"));
        assertEquals("Stock", moved.getString("name"));

        assertEquals(
                List.of("1100"),
                codes(Api.get(shop.path("/gl-accounts?parent=" + assets), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("1400"),
                codes(Api.get(shop.path("/gl-accounts?kind=postable&type=asset"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("AB-1", "1400", "1100", "1000"),
                codes(Api.get(shop.path("/gl-accounts?sort=-code"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("1400"),
                codes(Api.get(shop.path("/gl-accounts?q=stoc"), shop.token())
                        .expect(200)
                        .json()));
        Api.get(shop.path("/gl-accounts?parent=nope"), shop.token()).expectProblem(400, "validation");
        Api.get(shop.path("/gl-accounts?sort=colour"), shop.token()).expectProblem(400, "validation");
        assertEquals(
                "Stock",
                Api.get(shop.path("/gl-accounts/" + inventoryId), shop.token())
                        .expect(200)
                        .json()
                        .getString("name"));
        Api.get(shop.path("/gl-accounts/" + java.util.UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");

        assertEquals(
                List.of("gl_account.created " + inventoryId, "gl_account.changed " + inventoryId),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = ? ORDER BY id",
                        inventoryId));
    }

    @Test
    void anAccountWithAnActiveChildStaysActiveUntilTheChildIsDeactivated() throws SQLException {
        Shop shop = Buying.shop("GL deactivation");
        String expenses = createAccount(
                shop, accountBody("5000", "Expenses", "expense", "group").build());
        String freight = createAccount(
                shop,
                accountBody("5200", "Freight", "expense", "postable")
                        .add("parent_code", "5000")
                        .build());

        JsonObject refused = Api.put(
                        shop.path("/gl-accounts/" + expenses),
                        shop.token(),
                        accountBody("5000", "Expenses", "expense", "group")
                                .add("active", false)
                                .build())
                .expectProblem(409, "gl-account-in-use");
        assertEquals(1, refused.getJsonObject("records").getInt("active_child_accounts"));

        assertFalse(Api.put(
                        shop.path("/gl-accounts/" + freight),
                        shop.token(),
                        accountBody("5200", "Freight", "expense", "postable")
                                .add("parent_code", "5000")
                                .add("active", false)
                                .build())
                .expect(200)
                .json()
                .getBoolean("active"));
        assertFalse(Api.put(
                        shop.path("/gl-accounts/" + expenses),
                        shop.token(),
                        accountBody("5000", "Expenses", "expense", "group")
                                .add("active", false)
                                .build())
                .expect(200)
                .json()
                .getBoolean("active"));
        assertEquals(
                List.of(),
                codes(Api.get(shop.path("/gl-accounts?active=true"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("gl_account.created " + expenses, "gl_account.deactivated " + expenses),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = ? ORDER BY id",
                        expenses));
        assertEquals(
                List.of("parent_code"),
                Api.post(
                                shop.path("/gl-accounts"),
                                shop.token(),
                                accountBody("5300", "Variance", "expense", "postable")
                                        .add("parent_code", "5000")
                                        .build())
                        .expect(400)
                        .fieldErrors(),
                "no new account under an inactive group");
    }

    @Test
    void theDefaultChartSeedsAnEmptyChartOnly() {
        Shop shop = Buying.shop("GL default chart");
        dev.procura.support.Reply seeded = Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null)
                .expect(201);
        assertTrue(seeded.header("Location").orElseThrow().endsWith("/gl-accounts"));
        JsonObject chart = seeded.json();
        List<JsonObject> accounts = chart.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("1000", "1400", "1570", "2000", "2100", "2150", "5000", "5100", "5200", "5300"),
                accounts.stream().map(a -> a.getString("code")).toList());
        JsonObject grIr = accounts.get(5);
        assertEquals("GR/IR clearing", grIr.getString("name"));
        assertEquals("liability", grIr.getString("type"));
        assertEquals("postable", grIr.getString("kind"));
        assertEquals("2000", grIr.getString("parent_code"));
        assertEquals(
                10,
                Api.get(shop.path("/gl-accounts"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null).expectProblem(409, "gl-chart-not-empty");
    }

    @Test
    void theChartConvertsToCsvInCodeOrder() throws Exception {
        Shop shop = Buying.shop("GL export");
        Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null).expect(201);
        String templateId = Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Chart")
                                .add("source_type", "gl_account")
                                .add("format", "csv")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "code"))
                                                .add(Json.createObjectBuilder().add("field", "name"))
                                                .add(Json.createObjectBuilder().add("field", "parent_code")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject done = dev.procura.support.Conversions.run(
                shop,
                shop.token(),
                Json.createObjectBuilder()
                        .add("template_id", templateId)
                        .add(
                                "source",
                                Json.createObjectBuilder()
                                        .add("type", "gl_account")
                                        .add(
                                                "filter",
                                                Json.createObjectBuilder().add("type", "liability")))
                        .build());
        assertEquals("completed", done.getString("status"), done::toString);
        String csv = new String(
                dev.procura.support.Conversions.file(shop, shop.token(), done.getString("id")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                List.of("2000,Liabilities,", "2100,Accounts payable,2000", "2150,GR/IR clearing,2000"),
                csv.strip().lines().skip(1).toList(),
                csv);
    }

    @Test
    void anImportCreatesAccountsWithParentsByCode() {
        Shop shop = Buying.shop("GL import");
        String csv = "code,name,type,kind,parent_code\n"
                + "6000,Services,expense,group,\n"
                + "6100,Consulting,expense,postable,6000\n"
                + "6200,Wrong type,asset,postable,6000\n";
        String file = dev.procura.support.Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        "accounts.csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        new java.util.LinkedHashMap<>())
                .expect(201)
                .json()
                .getString("id");
        String run = Api.post(
                        shop.path("/imports"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity", "gl_accounts")
                                .add("document_id", file)
                                .add("mode", "upsert")
                                .add("dry_run", false)
                                .build())
                .expect(202)
                .json()
                .getString("id");
        JsonObject finished = dev.procura.support.Await.until("gl import", java.time.Duration.ofSeconds(60), () -> {
            JsonObject r = Api.get(shop.path("/imports/" + run), shop.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(r.getString("status"))
                    ? java.util.Optional.of(r)
                    : java.util.Optional.empty();
        });
        assertEquals("completed", finished.getString("status"), finished::toString);
        assertEquals(2, finished.getInt("created"), finished::toString);
        assertEquals(1, finished.getInt("rejected"), finished::toString);
        JsonObject consulting = Api.get(shop.path("/gl-accounts?q=6100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("6000", consulting.getString("parent_code"));
        assertEquals(
                "type",
                Api.get(shop.path("/imports/" + run + "/rejections"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("field"));
        assertTrue(Api.get(shop.path("/imports/entities"), shop.token())
                .expect(200)
                .body()
                .contains("\"gl_accounts\""));
        assertEquals(
                "code",
                Json.createReader(new java.io.StringReader(Api.get(shop.path("/imports/entities"), shop.token())
                                .expect(200)
                                .body()))
                        .readArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("entity").equals("tax_codes"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("columns")
                        .getValuesAs(JsonString.class)
                        .get(0)
                        .getString());
    }
}
