package dev.procura.taxes;

import dev.procura.accounts.GlAccountIT;
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
 * Every GL account and tax code endpoint against a member of another tenant, a non-member and no
 * token; every member reads (masters:read, the calculator too), only administrators and roles
 * granted masters:write change them; another tenant's records are not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerIsolationIT {

    private static final String READ = "masters:read";
    private static final String WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "ledger-keeper", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private record Fixture(Shop shop, String account, String taxCode) {}

    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static String unique() {
        return "x" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject account(String code) {
        return GlAccountIT.accountBody(code, "Matrix", "expense", "postable")
                .add("parent_code", "5000")
                .build();
    }

    private static JsonObject taxCode(String code) {
        return TaxCodeIT.codeBody(code, TaxCodeIT.rate("20", "2020-01-01", null))
                .build();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/gl-accounts", f -> account(unique()), WRITE, Set.of(201)),
            new Endpoint("GET", "/gl-accounts", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/gl-accounts/{account}", f -> null, READ, Set.of(200)),
            new Endpoint("PUT", "/gl-accounts/{account}", f -> account("MATRIX"), WRITE, Set.of(200)),
            new Endpoint("POST", "/gl-accounts/default-chart", f -> null, WRITE, Set.of(409)),
            new Endpoint("POST", "/tax-codes", f -> taxCode(unique()), WRITE, Set.of(201)),
            new Endpoint("GET", "/tax-codes", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/tax-codes/{tax-code}", f -> null, READ, Set.of(200)),
            new Endpoint("PUT", "/tax-codes/{tax-code}", f -> taxCode("MATRIX"), WRITE, Set.of(200)),
            new Endpoint(
                    "POST",
                    "/tax-codes/calculate",
                    f -> Json.createObjectBuilder()
                            .add(
                                    "lines",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("amount", 100)
                                                    .add("tax_code", "MATRIX")))
                            .build(),
                    READ,
                    Set.of(200)));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        TaxCodeIT.chart(shop);
        String account = GlAccountIT.createAccount(shop, account("MATRIX"));
        return new Fixture(shop, account, TaxCodeIT.createCode(shop, taxCode("MATRIX")));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Ledger matrix");
        other = fixture("Ledger other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("ledger-keeper", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s records named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        String path = endpoint.path().replace("{account}", target.account()).replace("{tax-code}", target.taxCode());
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
                .filter(e -> e.path().contains("{"))
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
