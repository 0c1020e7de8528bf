package dev.procura.approvals;

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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every workflow and workflow instance endpoint against a member of another tenant, a non-member
 * and no token; the role matrix (approvals:read reads, approvals:request takes transitions,
 * workflows:manage defines); a transition's own roles; another tenant's ids are not found.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowEngineIsolationIT {

    /** A tenant with an invoice workflow, an RFQ workflow, an order to invoice and an invoice. */
    private record Fixture(Shop shop, String orderId, String workflow, String rfqWorkflow, String invoice) {
        String path(String template) {
            return template.replace("{workflow}", workflow)
                    .replace("{rfq_workflow}", rfqWorkflow)
                    .replace("{invoice}", invoice);
        }
    }

    /** {@code fresh}: the call changes what it names, so a new RFQ workflow or invoice is made for it. */
    private record Endpoint(
            String method,
            String path,
            Function<Fixture, JsonObject> body,
            String permission,
            Set<Integer> allowed,
            boolean fresh) {
        String name() {
            return method + " " + path;
        }
    }

    private static final String READ = "approvals:read";
    private static final String REQUEST = "approvals:request";
    private static final String MANAGE = "workflows:manage";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ, REQUEST),
            "approver", Set.of(READ, REQUEST),
            "admin", Set.of(READ, REQUEST, MANAGE),
            "outsider-role", Set.of());

    private static JsonObject invoiceWorkflow() {
        return Json.createObjectBuilder()
                .add("document_type", "invoice")
                .add("name", "Matrix")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(Invoicing.state("draft", true, false))
                                .add(Invoicing.state("done", false, true))
                                .add(Invoicing.state("admin_done", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Invoicing.transition("finish", "draft", "done"))
                                .add(Invoicing.transition("admin_finish", "draft", "admin_done")
                                        .add("roles", Invoicing.roles("admin"))))
                .build();
    }

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/workflows", f -> invoiceWorkflow(), MANAGE, Set.of(201), false),
            new Endpoint("GET", "/workflows", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/workflows/active?document_type=invoice", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/workflows/{workflow}", f -> null, READ, Set.of(200), false),
            new Endpoint(
                    "PUT",
                    "/workflows/{rfq_workflow}",
                    f -> Invoicing.withApprovalChain("rfq"),
                    MANAGE,
                    Set.of(200),
                    true),
            new Endpoint("DELETE", "/workflows/{rfq_workflow}", f -> null, MANAGE, Set.of(204), true),
            new Endpoint("GET", "/invoices/{invoice}/transitions", f -> null, READ, Set.of(200), false),
            new Endpoint("GET", "/invoices/{invoice}/workflow", f -> null, READ, Set.of(200), false),
            new Endpoint("POST", "/invoices/{invoice}/transitions/finish", f -> EMPTY, REQUEST, Set.of(200), true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        String workflow = Invoicing.define(shop, invoiceWorkflow());
        String rfqWorkflow = Invoicing.define(shop, Invoicing.withApprovalChain("rfq"));
        String orderId = Invoicing.receivedOrder(shop);
        return new Fixture(shop, orderId, workflow, rfqWorkflow, Invoicing.invoice(shop, orderId, 1));
    }

    @BeforeAll
    void arrange() {
        main = fixture("Workflow matrix");
        other = fixture("Workflow other");
        byRole.putAll(RoleMatrix.members(main.shop(), Map.of("outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Fixture named = target;
        if (endpoint.fresh()) {
            String rfqWorkflow = Invoicing.define(target.shop(), Invoicing.withApprovalChain("rfq"));
            String invoice = Invoicing.invoice(target.shop(), target.orderId(), 1);
            named = new Fixture(target.shop(), target.orderId(), target.workflow(), rfqWorkflow, invoice);
        }
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(named.path(endpoint.path())))
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
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsWorkflowsAndRecordsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> rolesReadTakeAndDefineAsTheirPermissionsSay() {
        return RoleMatrix.tests(
                ENDPOINTS,
                Endpoint::name,
                Endpoint::permission,
                Endpoint::allowed,
                ROLES,
                byRole,
                (endpoint, token) -> call(endpoint, main, token, main));
    }

    @TestFactory
    Stream<DynamicTest> aTransitionForAdminsIsForbiddenToOtherRoles() {
        return ROLES.keySet().stream()
                .sorted()
                .map(role -> DynamicTest.dynamicTest("admin_finish as " + role, () -> {
                    String invoice = Invoicing.invoice(main.shop(), main.orderId(), 1);
                    Reply reply = Api.post(
                            main.shop().path("/invoices/" + invoice + "/transitions/admin_finish"),
                            byRole.get(role).token(),
                            EMPTY);
                    switch (role) {
                        case "admin" -> reply.expect(200);
                        case "viewer", "outsider-role" -> reply.expectProblem(403, "forbidden");
                        default -> reply.expectProblem(403, "transition-forbidden");
                    }
                }));
    }
}
