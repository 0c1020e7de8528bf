package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/** Suppliers, RFQs, quotes and orders made through the API for a test. */
public final class Buying {

    private Buying() {}

    /** A tenant with its admin, for buying tests. */
    public record Shop(UUID tenantId, Tenants.Member admin) {
        public String path(String rest) {
            return Tenants.path(tenantId, rest);
        }

        public String token() {
            return admin.token();
        }
    }

    /** A new tenant whose admin signed in, with cost centre IT (the one {@link #orderBody} names). */
    public static Shop shop(String name) {
        Tenants.Member admin = Tenants.signedIn();
        Shop shop = new Shop(Tenants.create(admin.token(), name), admin);
        costCentre(shop, "IT");
        return shop;
    }

    /** The active cost centre {@code code} of the tenant (name = code), added unless it is there already. */
    public static String costCentre(Shop shop, String code) {
        return costCentre(shop.tenantId(), shop.token(), code);
    }

    /** The same for a tenant and a member's token with masters:write. */
    public static String costCentre(UUID tenantId, String token, String code) {
        Reply added = Api.post(
                Tenants.path(tenantId, "/cost-centres"),
                token,
                Json.createObjectBuilder().add("code", code).add("name", code).build());
        if (added.status() == 201) {
            return added.json().getString("id");
        }
        added.expectProblem(409, "cost-centre-code-taken");
        return Api.get(Tenants.path(tenantId, "/cost-centres?q=" + code), token)
                .expect(200)
                .json()
                .getJsonArray("items")
                .stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("code").equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    public static JsonObjectBuilder supplierBody(String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("legal_name", code + " Supplies Ltd")
                .add("currency", "EUR")
                .add("country", "PT")
                .add("payment_terms", "NET 30")
                .add("categories", Json.createArrayBuilder().add("it").add("office"))
                .add(
                        "contacts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "Ana Sales")
                                        .add("email", "ana@" + code.toLowerCase(Locale.ROOT) + ".example")
                                        .add("role", "sales")))
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "billing")
                                        .add("line1", "Rua Augusta 1")
                                        .add("city", "Lisboa")
                                        .add("postal_code", "1100-048")
                                        .add("country", "PT")));
    }

    public static UUID supplier(Shop shop, String code) {
        return id(Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        supplierBody(code).build())
                .expect(201)
                .json());
    }

    public static JsonObject line(String itemCode, String quantity, String unitPrice, String taxRate) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("item_code", itemCode)
                .add("description", itemCode + " item")
                .add("quantity", new java.math.BigDecimal(quantity))
                .add("unit", "ea");
        if (unitPrice != null) {
            line.add("unit_price", new java.math.BigDecimal(unitPrice));
        }
        if (taxRate != null) {
            line.add("tax_rate", new java.math.BigDecimal(taxRate));
        }
        return line.build();
    }

    public static JsonArrayBuilder lines(JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            array.add(line);
        }
        return array;
    }

    /** A direct order body in EUR for cost centre IT, dated today, promised in a week. */
    public static JsonObjectBuilder orderBody(UUID supplierId, JsonArrayBuilder lines) {
        return Json.createObjectBuilder()
                .add("supplier_id", supplierId.toString())
                .add("currency", "EUR")
                .add("cost_center", "IT")
                .add(
                        "expected_delivery_date",
                        LocalDate.now(ZoneOffset.UTC).plusDays(7).toString())
                .add("lines", lines);
    }

    public static JsonObject order(Shop shop, UUID supplierId, JsonArrayBuilder lines) {
        return Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        orderBody(supplierId, lines).build())
                .expect(201)
                .json();
    }

    /** A direct order taken through submit, the default approval policy, and send. */
    public static JsonObject sentOrder(Shop shop, UUID supplierId, JsonArrayBuilder lines) {
        String id = order(shop, supplierId, lines).getString("id");
        submitAndApprove(shop, id);
        return Api.post(shop.path("/purchase-orders/" + id + "/send"), shop.token(), null)
                .expect(200)
                .json();
    }

    /** The shop's colleagues who approve under the default policy: an approver, and a second admin. */
    private static final java.util.Map<UUID, Tenants.Member[]> APPROVERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static Tenants.Member approver(Shop shop) {
        return approvers(shop)[0];
    }

    public static Tenants.Member secondAdmin(Shop shop) {
        return approvers(shop)[1];
    }

    private static Tenants.Member[] approvers(Shop shop) {
        return APPROVERS.computeIfAbsent(
                shop.tenantId(), t -> new Tenants.Member[] {
                    Tenants.join(t, shop.token(), "approver"), Tenants.join(t, shop.token(), "admin")
                });
    }

    /** Submits the order (the admin is the requester), then approves it at every level the default policy has. */
    public static JsonObject submitAndApprove(Shop shop, String orderId) {
        JsonObject submitted = Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                .expect(200)
                .json();
        if (!"pending_approval".equals(submitted.getString("status"))) {
            return submitted;
        }
        return approve(shop, orderId);
    }

    /** The order's open approval. */
    public static JsonObject openApproval(Shop shop, String orderId) {
        return Api.get(shop.path("/approvals?status=pending&document_type=purchase_order&per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("document_id").equals(orderId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open approval for order " + orderId));
    }

    /** Approves the order's open approval: level 1 by the approver, level 2 (above the amount) by the second admin. */
    public static JsonObject approve(Shop shop, String orderId) {
        String approvalId = openApproval(shop, orderId).getString("id");
        JsonObject empty = Json.createObjectBuilder().build();
        JsonObject after = Api.post(
                        shop.path("/approvals/" + approvalId + "/approve"),
                        approver(shop).token(),
                        empty)
                .expect(200)
                .json();
        if ("pending".equals(after.getString("status"))) {
            Api.post(
                            shop.path("/approvals/" + approvalId + "/approve"),
                            secondAdmin(shop).token(),
                            empty)
                    .expect(200);
        }
        return Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                .expect(200)
                .json();
    }

    public static JsonObject receive(Shop shop, String orderId, int line, String accepted, String rejected) {
        JsonObjectBuilder received = Json.createObjectBuilder()
                .add("line", line)
                .add("accepted_quantity", new java.math.BigDecimal(accepted));
        if (rejected != null) {
            received.add("rejected_quantity", new java.math.BigDecimal(rejected))
                    .add("rejection_reason", "damaged");
        }
        return Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("lines", Json.createArrayBuilder().add(received))
                                .build())
                .expect(201)
                .json();
    }

    public static UUID id(JsonObject json) {
        return UUID.fromString(json.getString("id"));
    }

    /** An invoice of the order dated today with these lines; its id. */
    public static String invoice(Shop shop, String order, String number, String currency, JsonObject line) {
        return Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", order)
                                .add("supplier_invoice_number", number)
                                .add("currency", currency)
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add("lines", Buying.lines(line))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    /** An RFQ in EUR due in five days, sent to these suppliers; its id. */
    public static String rfq(Shop shop, String title, JsonArrayBuilder lines, UUID... suppliers) {
        JsonArrayBuilder invited = Json.createArrayBuilder();
        for (UUID s : suppliers) {
            invited.add(s.toString());
        }
        String id = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add("supplier_ids", invited)
                                .add("lines", lines)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/rfqs/" + id + "/send"), shop.token(), null).expect(200);
        return id;
    }

    /** A quote on the RFQ valid 30 days with a 5-day lead time; its id. */
    public static String quote(Shop shop, String rfq, UUID supplier, String currency, JsonObject... lines) {
        return Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("rfq_id", rfq)
                                .add("supplier_id", supplier.toString())
                                .add("currency", currency)
                                .add(
                                        "valid_until",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(30)
                                                .toString())
                                .add("lead_time_days", 5)
                                .add("lines", Buying.lines(lines))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }
}
