package dev.procura.integrations;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every integrations endpoint against a member of another tenant, a non-member and no token;
 * another tenant's messages are not found through a system of the same code; and the role matrix
 * (integrations:read reads, for viewers and approvers too; integrations:write, admins only among
 * the system roles, defines systems, retries, replays and maps).
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationIsolationIT {

    private static final String READ = "integrations:read";
    private static final String WRITE = "integrations:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "integration-reader", Set.of(READ),
            "integration-admin", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        SYSTEM,
        MAPPING
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/integrations", Body.SYSTEM, WRITE, Set.of(201)),
            new Endpoint("GET", "/integrations", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/integrations/erp", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/integrations/erp", Body.SYSTEM, WRITE, Set.of(200)),
            new Endpoint("GET", "/integrations/erp/messages", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/integrations/erp/messages/{dead}", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/integrations/erp/messages/{dead}/retry", Body.NONE, WRITE, Set.of(200, 409)),
            new Endpoint("POST", "/integrations/erp/messages/{sent}/replay", Body.NONE, WRITE, Set.of(201)),
            new Endpoint("GET", "/integrations/erp/mappings", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/integrations/erp/mappings", Body.MAPPING, WRITE, Set.of(200)));

    private ErpEndpoint erp;
    private Shop main;
    private Shop other;
    private String dead;
    private String sent;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() throws Exception {
        erp = ErpEndpoint.start();
        main = Buying.shop("Integrations matrix");
        other = Buying.shop("Integrations other");
        erp.script("/matrix", new ErpEndpoint.Answer(400, "refused"));
        for (Shop shop : List.of(main, other)) {
            Api.post(shop.path("/integrations"), shop.token(), systemBody("erp", shop == main ? "/matrix" : "/other"))
                    .expect(201);
        }
        UUID supplier = Buying.supplier(main, "MATRIX");
        dead = approvedMessage(supplier, "M-1", "dead");
        sent = approvedMessage(supplier, "M-2", "sent");
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "integration-reader", List.of("tenant:read", READ),
                        "integration-admin", List.of("tenant:read", READ, WRITE),
                        "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    @AfterAll
    void stop() {
        erp.close();
    }

    private JsonObject systemBody(String code, String path) {
        return IntegrationIT.system(code, erp.url(path), "purchase_order.approved")
                .build();
    }

    private String approvedMessage(UUID supplier, String item, String status) {
        String order = Buying.order(main, supplier, Buying.lines(Buying.line(item, "1", "10.00", "0")))
                .getString("id");
        Buying.submitAndApprove(main, order);
        return Await.until(
                status + " message of " + order,
                Duration.ofSeconds(30),
                () -> Api.get(main.path("/integrations/erp/messages?status=" + status), main.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(m -> m.getString("entity_id").equals(order))
                        .findFirst()
                        .map(m -> m.getString("id")));
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner) {
        String path = endpoint.path().replace("{dead}", dead).replace("{sent}", sent);
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        switch (endpoint.body()) {
            case SYSTEM ->
                request.json(systemBody(
                        endpoint.method().equals("POST")
                                ? "m"
                                        + UUID.randomUUID()
                                                .toString()
                                                .substring(0, 8)
                                                .toLowerCase(Locale.ROOT)
                                : "erp",
                        "/matrix"));
            case MAPPING ->
                request.json(Json.createObjectBuilder()
                        .add("entity_type", "item")
                        .add("our_id", "M-1")
                        .add("external_id", "MAT-1")
                        .build());
            case NONE -> {}
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS, Endpoint::name, (e, token) -> call(e, token, main), other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsMessagesAreNotFoundThroughASystemOfTheSameCode() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's message",
                        () -> call(e, other.token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersReadAndOnlyWritersDefineRetryReplayAndMap() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (e, token) -> call(e, token, main));
    }
}
