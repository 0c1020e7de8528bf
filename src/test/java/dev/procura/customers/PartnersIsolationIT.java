package dev.procura.customers;

import dev.procura.currencies.CurrencyIT;
import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every customer, payment term, currency and exchange rate endpoint against a member of another
 * tenant, a non-member and no token; every member reads (masters:read), only administrators and
 * roles granted masters:write change them; another tenant's records are not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersIsolationIT {

    private static final String READ = "masters:read";
    private static final String WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "master-keeper", Set.of(READ, WRITE),
            "outsider-role", Set.of());
    private static final List<String> ISO = List.of(
            "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "ZAR",
            "INR", "ILS", "TRY", "THB", "KRW");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private record Fixture(Shop shop, String rate, String term, String customer) {}

    /** A path may name {fresh-rate}, {fresh-term} or {fresh-customer}: made for that call (it deletes it). */
    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static String unique() {
        return "x" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate nextDate() {
        return LocalDate.of(2001, 1, 1).plusDays(SEQUENCE.incrementAndGet());
    }

    private static JsonObject term(String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Net 30")
                .add("net_days", 30)
                .build();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/currencies",
                    f -> Json.createObjectBuilder()
                            .add("code", ISO.get(SEQUENCE.incrementAndGet() % ISO.size()))
                            .build(),
                    WRITE,
                    Set.of(201, 409)),
            new Endpoint("GET", "/currencies", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/currencies/USD", f -> null, READ, Set.of(200)),
            new Endpoint(
                    "PUT",
                    "/currencies/USD",
                    f -> Json.createObjectBuilder().add("code", "USD").build(),
                    WRITE,
                    Set.of(200)),
            new Endpoint(
                    "POST",
                    "/exchange-rates",
                    f -> CurrencyIT.rateBody("USD", "EUR", "0.9", nextDate().toString()),
                    WRITE,
                    Set.of(201)),
            new Endpoint("GET", "/exchange-rates", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/exchange-rates/lookup?from=USD&to=EUR", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/exchange-rates/{rate}", f -> null, READ, Set.of(200)),
            new Endpoint(
                    "PUT",
                    "/exchange-rates/{rate}",
                    f -> CurrencyIT.rateBody("USD", "EUR", "0.91", "2000-01-01"),
                    WRITE,
                    Set.of(200)),
            new Endpoint("DELETE", "/exchange-rates/{fresh-rate}", f -> null, WRITE, Set.of(204)),
            new Endpoint("POST", "/payment-terms", f -> term(unique()), WRITE, Set.of(201)),
            new Endpoint("GET", "/payment-terms", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/payment-terms/{term}", f -> null, READ, Set.of(200)),
            new Endpoint(
                    "GET",
                    "/payment-terms/{term}/schedule?invoice_date=2026-01-31&amount=10",
                    f -> null,
                    READ,
                    Set.of(200)),
            new Endpoint("PUT", "/payment-terms/{term}", f -> term("MATRIX"), WRITE, Set.of(200)),
            new Endpoint("DELETE", "/payment-terms/{fresh-term}", f -> null, WRITE, Set.of(204)),
            new Endpoint(
                    "POST",
                    "/customers",
                    f -> CustomerIT.customerBody(unique(), "Matrix").build(),
                    WRITE,
                    Set.of(201)),
            new Endpoint("GET", "/customers", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/customers/{customer}", f -> null, READ, Set.of(200)),
            new Endpoint(
                    "PUT",
                    "/customers/{customer}",
                    f -> CustomerIT.customerBody("MATRIX", "Matrix renamed").build(),
                    WRITE,
                    Set.of(200)),
            new Endpoint("DELETE", "/customers/{fresh-customer}", f -> null, WRITE, Set.of(204)));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static String rate(Shop shop, LocalDate validFrom) {
        return CurrencyIT.state(shop, "USD", "EUR", "0.9", validFrom.toString());
    }

    private static String termOf(Shop shop, String code) {
        return Api.post(shop.path("/payment-terms"), shop.token(), term(code))
                .expect(201)
                .json()
                .getString("id");
    }

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        CurrencyIT.addCurrency(shop, "USD");
        return new Fixture(
                shop,
                rate(shop, LocalDate.of(2000, 1, 1)),
                termOf(shop, "MATRIX"),
                CustomerIT.createCustomer(shop, "MATRIX"));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Partners matrix");
        other = fixture("Partners other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("master-keeper", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s records named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        String path = endpoint.path()
                .replace("{rate}", target.rate())
                .replace("{term}", target.term())
                .replace("{customer}", target.customer());
        if (path.contains("{fresh-rate}")) {
            path = path.replace("{fresh-rate}", rate(target.shop(), nextDate()));
        }
        if (path.contains("{fresh-term}")) {
            path = path.replace("{fresh-term}", termOf(target.shop(), unique()));
        }
        if (path.contains("{fresh-customer}")) {
            path = path.replace("{fresh-customer}", CustomerIT.createCustomer(target.shop(), unique()));
        }
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.shop().path(path)).token(token);
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
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsRecordsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{") && !e.path().contains("{fresh"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsAndOnlyMasterWritersChange() {
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
