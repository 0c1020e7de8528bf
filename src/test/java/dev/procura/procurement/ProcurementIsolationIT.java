package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every procurement endpoint against a member of another tenant, a non-member and no token; each
 * system role gets exactly its permissions; and another tenant's ids are not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementIsolationIT {

    /** The things endpoints act on, made by the tenant's admin. */
    private record Fixture(Shop shop, Map<String, String> ids) {
        String path(String template) {
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return shop.path(path);
        }
    }

    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, boolean destructive) {
        String name() {
            return method + " " + path;
        }
    }

    private static final Map<String, Set<String>> ROLE_PERMISSIONS = Map.of(
            "viewer", Set.of("suppliers:read", "purchasing:read", "budgets:read", "approvals:read"),
            "requester",
                    Set.of(
                            "suppliers:read",
                            "suppliers:rate",
                            "purchasing:read",
                            "purchasing:write",
                            "budgets:read",
                            "approvals:read",
                            "approvals:request",
                            "approvals:decide"),
            "approver",
                    Set.of(
                            "suppliers:read",
                            "suppliers:rate",
                            "purchasing:read",
                            "purchasing:write",
                            "budgets:read",
                            "approvals:read",
                            "approvals:request",
                            "approvals:decide"),
            "admin",
                    Set.of(
                            "suppliers:read",
                            "suppliers:write",
                            "suppliers:rate",
                            "purchasing:read",
                            "purchasing:write",
                            "budgets:read",
                            "budgets:write",
                            "approvals:read",
                            "approvals:request",
                            "approvals:decide",
                            "workflows:manage"));

    private static JsonObject order(Fixture f) {
        return Buying.orderBody(UUID.fromString(f.ids().get("supplier")), Buying.lines(Buying.line("X", "1", "5", "0")))
                .build();
    }

    private static JsonObject rfq(Fixture f) {
        return Json.createObjectBuilder()
                .add("title", "Matrix")
                .add("currency", "EUR")
                .add("due_date", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())
                .add("supplier_ids", Json.createArrayBuilder().add(f.ids().get("supplier")))
                .add("lines", Buying.lines(Buying.line("X", "1", null, null)))
                .build();
    }

    private static JsonObject quote(Fixture f) {
        return Json.createObjectBuilder()
                .add("rfq_id", f.ids().get("rfq"))
                .add("supplier_id", f.ids().get("supplier"))
                .add("currency", "EUR")
                .add("valid_until", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString())
                .add("lead_time_days", 2)
                .add("lines", Buying.lines(Buying.line("X", "1", "4", "0")))
                .build();
    }

    private static JsonObject invoice(Fixture f) {
        return Json.createObjectBuilder()
                .add("purchase_order_id", f.ids().get("sent"))
                .add("supplier_invoice_number", "M-" + UUID.randomUUID())
                .add("currency", "EUR")
                .add("invoice_date", LocalDate.now(ZoneOffset.UTC).toString())
                .add("lines", Buying.lines(Buying.line("X", "1", "5", "0")))
                .build();
    }

    private static JsonObject budget(Fixture f) {
        String costCentre = "CC" + UUID.randomUUID().toString().substring(0, 6);
        Buying.costCentre(f.shop(), costCentre);
        return Json.createObjectBuilder()
                .add("cost_center", costCentre)
                .add("period", "2030")
                .add("amount", 10)
                .add("currency", "EUR")
                .add("action_on_exceed", "warn")
                .build();
    }

    private static JsonObject importOf(String key, JsonObject inner) {
        return Json.createObjectBuilder()
                .add("document_id", UUID.randomUUID().toString())
                .add(key, inner)
                .build();
    }

    /** Endpoints on things of one person: other members with the permission are answered 404. */
    private static final Set<String> PERSONAL = Set.of("GET /delegations/{delegation}");

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/suppliers",
                    f -> Buying.supplierBody("S" + UUID.randomUUID().toString().substring(0, 8))
                            .build(),
                    "suppliers:write",
                    false),
            new Endpoint("GET", "/suppliers", f -> null, "suppliers:read", false),
            new Endpoint("GET", "/suppliers/{supplier}", f -> null, "suppliers:read", false),
            new Endpoint(
                    "PUT",
                    "/suppliers/{supplier}",
                    f -> Buying.supplierBody("SUP").build(),
                    "suppliers:write",
                    false),
            new Endpoint("DELETE", "/suppliers/{supplier}", f -> null, "suppliers:write", true),
            new Endpoint(
                    "POST",
                    "/suppliers/{supplier}/rate",
                    f -> Json.createObjectBuilder()
                            .add("quality", 4)
                            .add("delivery", 4)
                            .add("price", 4)
                            .add("service", 4)
                            .build(),
                    "suppliers:rate",
                    false),
            new Endpoint("GET", "/suppliers/{supplier}/ratings", f -> null, "suppliers:read", false),
            new Endpoint("GET", "/suppliers/{supplier}/ratings/{rating}", f -> null, "suppliers:read", false),
            new Endpoint("GET", "/suppliers/{supplier}/performance", f -> null, "suppliers:read", false),
            new Endpoint("POST", "/rfqs", ProcurementIsolationIT::rfq, "purchasing:write", false),
            new Endpoint("POST", "/rfqs/import", f -> importOf("rfq", rfq(f)), "purchasing:write", false),
            new Endpoint("GET", "/rfqs", f -> null, "purchasing:read", false),
            new Endpoint("GET", "/rfqs/{rfq}", f -> null, "purchasing:read", false),
            new Endpoint("PUT", "/rfqs/{rfq}", ProcurementIsolationIT::rfq, "purchasing:write", false),
            new Endpoint("POST", "/rfqs/{rfq}/send", f -> null, "purchasing:write", false),
            new Endpoint("POST", "/rfqs/{rfq}/close", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/rfqs/{rfq}/cancel", f -> null, "purchasing:write", true),
            new Endpoint("GET", "/rfqs/{rfq}/comparison", f -> null, "purchasing:read", false),
            new Endpoint("POST", "/quotes", ProcurementIsolationIT::quote, "purchasing:write", false),
            new Endpoint("POST", "/quotes/import", f -> importOf("quote", quote(f)), "purchasing:write", false),
            new Endpoint("GET", "/quotes", f -> null, "purchasing:read", false),
            new Endpoint("GET", "/quotes/{quote}", f -> null, "purchasing:read", false),
            new Endpoint("PUT", "/quotes/{quote}", ProcurementIsolationIT::quote, "purchasing:write", false),
            new Endpoint("POST", "/quotes/{quote}/accept", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/quotes/{quote}/reject", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/purchase-orders", ProcurementIsolationIT::order, "purchasing:write", false),
            new Endpoint(
                    "POST", "/purchase-orders/import", f -> importOf("order", order(f)), "purchasing:write", false),
            new Endpoint("GET", "/purchase-orders", f -> null, "purchasing:read", false),
            new Endpoint("GET", "/purchase-orders/{order}", f -> null, "purchasing:read", false),
            new Endpoint("PUT", "/purchase-orders/{order}", ProcurementIsolationIT::order, "purchasing:write", false),
            new Endpoint("POST", "/purchase-orders/{order}/submit", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/purchase-orders/{order}/send", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/purchase-orders/{order}/cancel", f -> EMPTY, "purchasing:write", true),
            new Endpoint("POST", "/purchase-orders/{order}/close", f -> null, "purchasing:write", true),
            new Endpoint(
                    "POST",
                    "/purchase-orders/{sent}/receipts",
                    f -> Json.createObjectBuilder()
                            .add(
                                    "lines",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("line", 1)
                                                    .add("accepted_quantity", 0)
                                                    .add("rejected_quantity", 1)))
                            .build(),
                    "purchasing:write",
                    false),
            new Endpoint("GET", "/purchase-orders/{sent}/receipts", f -> null, "purchasing:read", false),
            new Endpoint("GET", "/purchase-orders/{sent}/receipts/{receipt}", f -> null, "purchasing:read", false),
            new Endpoint("POST", "/invoices", ProcurementIsolationIT::invoice, "purchasing:write", false),
            new Endpoint("POST", "/invoices/import", f -> importOf("invoice", invoice(f)), "purchasing:write", false),
            new Endpoint("GET", "/invoices", f -> null, "purchasing:read", false),
            new Endpoint("GET", "/invoices/{invoice}", f -> null, "purchasing:read", false),
            new Endpoint("POST", "/invoices/{invoice}/match", f -> null, "purchasing:write", false),
            new Endpoint("POST", "/invoices/{invoice}/pay", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/invoices/{invoice}/cancel", f -> null, "purchasing:write", true),
            new Endpoint("POST", "/budgets", ProcurementIsolationIT::budget, "budgets:write", false),
            new Endpoint("GET", "/budgets", f -> null, "budgets:read", false),
            new Endpoint("GET", "/budgets/status?cost_center=MX&period=2030", f -> null, "budgets:read", false),
            new Endpoint("GET", "/budgets/{budget}", f -> null, "budgets:read", false),
            new Endpoint(
                    "PUT",
                    "/budgets/{budget}",
                    f -> Json.createObjectBuilder()
                            .add("cost_center", "MX")
                            .add("period", "2030")
                            .add("amount", 20)
                            .add("currency", "EUR")
                            .add("action_on_exceed", "warn")
                            .build(),
                    "budgets:write",
                    false),
            new Endpoint(
                    "POST",
                    "/approvals",
                    f -> Json.createObjectBuilder()
                            .add("document_type", "purchase_order")
                            .add("document_id", f.ids().get("pending"))
                            .build(),
                    "approvals:request",
                    false),
            new Endpoint("GET", "/approvals", f -> null, "approvals:read", false),
            new Endpoint("GET", "/approvals/pending", f -> null, "approvals:read", false),
            new Endpoint("GET", "/approvals/{approval}", f -> null, "approvals:read", false),
            new Endpoint("GET", "/approvals/{approval}/history", f -> null, "approvals:read", false),
            new Endpoint("POST", "/approvals/{approval}/approve", f -> EMPTY, "approvals:decide", true),
            new Endpoint(
                    "POST",
                    "/approvals/{approval}/reject",
                    f -> Json.createObjectBuilder().add("feedback", "no").build(),
                    "approvals:decide",
                    true),
            new Endpoint(
                    "POST",
                    "/approvals/{approval}/escalate",
                    f -> Json.createObjectBuilder()
                            .add("to_role", "admin")
                            .add("reason", "matrix")
                            .build(),
                    "approvals:decide",
                    true),
            new Endpoint(
                    "POST",
                    "/workflows",
                    f -> Json.createObjectBuilder()
                            .add("document_type", "purchase_order")
                            .add("name", "Matrix")
                            .add(
                                    "levels",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("name", "L")
                                                    .add("approver_role", "approver")
                                                    .add("mode", "any")))
                            .build(),
                    "workflows:manage",
                    false),
            new Endpoint("GET", "/workflows", f -> null, "approvals:read", false),
            new Endpoint("GET", "/workflows/active", f -> null, "approvals:read", false),
            // Versions are numbered per tenant, so the other tenant has a version 1 too: no cross-id case.
            new Endpoint("GET", "/workflows/purchase_order/versions/1", f -> null, "approvals:read", false),
            new Endpoint(
                    "POST",
                    "/delegations",
                    f -> Json.createObjectBuilder()
                            .add("delegate_id", f.ids().get("member"))
                            .add("starts_on", "2031-01-01")
                            .add("ends_on", "2031-01-02")
                            .build(),
                    "approvals:decide",
                    false),
            new Endpoint("GET", "/delegations", f -> null, "approvals:read", false),
            new Endpoint("GET", "/delegations/{delegation}", f -> null, "approvals:read", false),
            new Endpoint("DELETE", "/delegations/{delegation}", f -> null, "approvals:decide", true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        Buying.costCentre(shop, "MX");
        Map<String, String> ids = new HashMap<>();
        UUID supplier = Buying.supplier(shop, "SUP");
        ids.put("supplier", supplier.toString());
        Fixture f = new Fixture(shop, ids);
        String rfq = Api.post(shop.path("/rfqs"), shop.token(), rfq(f))
                .expect(201)
                .json()
                .getString("id");
        ids.put("rfq", rfq);
        Api.post(shop.path("/rfqs/" + rfq + "/send"), shop.token(), null).expect(200);
        ids.put(
                "quote",
                Api.post(shop.path("/quotes"), shop.token(), quote(f))
                        .expect(201)
                        .json()
                        .getString("id"));
        ids.put(
                "order",
                Buying.order(shop, supplier, Buying.lines(Buying.line("X", "1", "5", "0")))
                        .getString("id"));
        String sent = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("X", "5", "5", "0")))
                .getString("id");
        ids.put("sent", sent);
        ids.put("receipt", Buying.receive(shop, sent, 1, "1", null).getString("id"));
        ids.put(
                "rating",
                Api.post(
                                shop.path("/suppliers/" + supplier + "/rate"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("quality", 5)
                                        .add("delivery", 4)
                                        .add("price", 3)
                                        .add("service", 4)
                                        .build())
                        .expect(201)
                        .json()
                        .getString("id"));
        ids.put(
                "invoice",
                Api.post(shop.path("/invoices"), shop.token(), invoice(f))
                        .expect(201)
                        .json()
                        .getString("id"));
        String pending = Buying.order(shop, supplier, Buying.lines(Buying.line("X", "1", "5", "0")))
                .getString("id");
        Api.post(shop.path("/purchase-orders/" + pending + "/submit"), shop.token(), null)
                .expect(200);
        ids.put("pending", pending);
        ids.put("approval", Buying.openApproval(shop, pending).getString("id"));
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        ids.put("member", member.id().toString());
        ids.put(
                "delegation",
                Api.post(
                                shop.path("/delegations"),
                                Buying.approver(shop).token(),
                                Json.createObjectBuilder()
                                        .add("delegate_id", member.id().toString())
                                        .add("starts_on", "2032-01-01")
                                        .add("ends_on", "2032-01-02")
                                        .build())
                        .expect(201)
                        .json()
                        .getString("id"));
        Api.post(
                        shop.path("/budgets"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("cost_center", "MX")
                                .add("period", "2030")
                                .add("amount", 10)
                                .add("currency", "EUR")
                                .add("action_on_exceed", "warn")
                                .build())
                .expect(201);
        Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_type", "purchase_order")
                                .add("name", "Fixture")
                                .add(
                                        "levels",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "L")
                                                        .add("approver_role", "approver")
                                                        .add("mode", "any")))
                                .build())
                .expect(201);
        ids.put(
                "budget",
                Api.get(shop.path("/budgets?cost_center=MX"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"));
        return f;
    }

    @BeforeAll
    void arrange() {
        main = fixture("Procurement matrix");
        other = fixture("Procurement other");
        byRole.put("admin", main.shop().admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.shop().tenantId(), main.shop().token(), role));
        }
        stranger = Tenants.signedIn();
    }

    private static Reply call(Endpoint endpoint, Fixture target, Fixture bodies, String token, Fixture pathOwner) {
        Api.Request request = Api.request(
                        endpoint.method(),
                        pathOwner.shop().path("")
                                + target.path(endpoint.path())
                                        .substring(target.shop().path("").length()))
                .token(token);
        JsonObject body = endpoint.body().apply(bodies);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFound() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, main, main, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsIdsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.name() + " with the other tenant's id", () -> {
                    // The other tenant's admin, in their own tenant, naming main's objects.
                    call(endpoint, main, other, other.shop().token(), other).expectProblem(404, "not-found");
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyItsPermissions() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : List.of("viewer", "requester", "approver", "admin")) {
                boolean allowed = ROLE_PERMISSIONS.get(role).contains(endpoint.permission());
                if (allowed && endpoint.destructive()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role, () -> {
                    Reply reply = call(endpoint, main, main, byRole.get(role).token(), main);
                    if (allowed) {
                        // Authorised: the answer is the capability's own (success, or a rule such as a 409;
                        // a delegation is only visible to the two people it names, so 404 to the others).
                        assertTrue(
                                reply.status() < 300
                                        || reply.status() == 400
                                        || reply.status() == 409
                                        || (reply.status() == 404 && PERSONAL.contains(endpoint.name())),
                                () -> role + " should be allowed " + endpoint.name() + ": " + reply.status() + " "
                                        + reply.body());
                    } else {
                        reply.expectProblem(403, "forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }
}
