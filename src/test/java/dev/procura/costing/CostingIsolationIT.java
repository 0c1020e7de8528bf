package dev.procura.costing;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every costing endpoint (receipt charges, landed cost, posting previews, posting accounts, cost
 * variances) against a member of another tenant, a non-member and no token; the roles that read and
 * write buying documents read and change charges and previews, posting accounts follow master data.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostingIsolationIT {

    private static final String READ = "purchasing:read";
    private static final String WRITE = "purchasing:write";
    private static final String MASTERS_READ = "masters:read";
    private static final String MASTERS_WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ, MASTERS_READ),
            "requester", Set.of(READ, WRITE, MASTERS_READ),
            "approver", Set.of(READ, WRITE, MASTERS_READ),
            "admin", Set.of(READ, WRITE, MASTERS_READ, MASTERS_WRITE),
            "ledger-keeper", Set.of(MASTERS_READ, MASTERS_WRITE),
            "outsider-role", Set.of());

    private record Fixture(Costed costed, String invoice) {}

    /** A path may name {fresh-charge}: a charge made for that call (it deletes it). */
    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/receipts/{receipt}/charges",
                    f -> Costed.chargeBody("freight", "5.00", "EUR", "quantity"),
                    WRITE,
                    Set.of(201)),
            new Endpoint("GET", "/receipts/{receipt}/charges", f -> null, READ, Set.of(200)),
            new Endpoint("DELETE", "/receipts/{receipt}/charges/{fresh-charge}", f -> null, WRITE, Set.of(204)),
            new Endpoint("GET", "/receipts/{receipt}/landed-cost", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/receipts/{receipt}/postings", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/invoices/{invoice}/postings", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/posting-accounts", f -> null, MASTERS_READ, Set.of(200)),
            new Endpoint("PUT", "/posting-accounts", f -> Costed.postingAccountsBody(), MASTERS_WRITE, Set.of(200)),
            new Endpoint("GET", "/cost-variances?from=2026-01-01&to=2026-12-31", f -> null, READ, Set.of(200)));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Costed costed = Costed.received(name, true);
        costed.charge("freight", "50.00", "USD", "value");
        String invoice = Api.post(
                        costed.shop().path("/invoices"),
                        costed.shop().token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", costed.orderId())
                                .add("supplier_invoice_number", "SUP-1")
                                .add("currency", "USD")
                                .add("invoice_date", Costed.TODAY)
                                .add("lines", Buying.lines(Buying.line("BOLT", "100", "2.00", "10")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        return new Fixture(costed, invoice);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Costing matrix");
        other = fixture("Costing other");
        byRole.putAll(RoleMatrix.members(
                main.costed().shop(),
                Map.of(
                        "ledger-keeper",
                        List.of("tenant:read", MASTERS_READ, MASTERS_WRITE),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s records named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        String path = endpoint.path()
                .replace("{receipt}", target.costed().receiptId())
                .replace("{invoice}", target.invoice());
        if (path.contains("{fresh-charge}")) {
            path = path.replace("{fresh-charge}", target.costed().charge("freight", "1.00", "EUR", "value"));
        }
        Api.Request request = Api.request(
                        endpoint.method(), pathOwner.costed().shop().path(path))
                .token(token);
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, main, token, main),
                other.costed().shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsRecordsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.path().contains("{fresh"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.costed().shop().token(), other)
                                .expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> buyersReadAndChangeChargesAndMasterWritersAssignAccounts() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (endpoint, token) -> call(endpoint, main, token, main));
    }
}
