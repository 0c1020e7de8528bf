package dev.procura.logistics;

import dev.procura.support.Api;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every shipment, settings and scan endpoint against a member of another tenant, a non-member and
 * no token; another tenant's shipment is not found in one's own; and the role matrix:
 * logistics:read (viewers, approvers, a custom reader) reads, logistics:write (admins, a custom
 * shipper) changes and scans; requesters and a role without either get 403.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogisticsIsolationIT {

    private static final String READ = "logistics:read";
    private static final String WRITE = "logistics:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "logistics-reader", Set.of(READ),
            "shipper", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        SHIPMENT,
        CHANGE,
        SETTINGS,
        SCAN,
        SCANS
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/shipments", Body.SHIPMENT, WRITE, Set.of(201)),
            new Endpoint("GET", "/shipments", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/shipments/{shipment}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/shipments/{shipment}", Body.CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/shipments/{fresh}/pack", Body.NONE, WRITE, Set.of(200)),
            new Endpoint("POST", "/shipments/{fresh}/ship", Body.NONE, WRITE, Set.of(409)),
            new Endpoint("POST", "/shipments/{fresh}/depart", Body.NONE, WRITE, Set.of(409)),
            new Endpoint("POST", "/shipments/{fresh}/deliver", Body.NONE, WRITE, Set.of(409)),
            new Endpoint("POST", "/shipments/{fresh}/return", Body.NONE, WRITE, Set.of(409)),
            new Endpoint("GET", "/logistics/settings", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/logistics/settings", Body.SETTINGS, WRITE, Set.of(200)),
            new Endpoint("POST", "/barcodes/scan", Body.SCAN, WRITE, Set.of(200)),
            new Endpoint("POST", "/barcodes/scans", Body.SCANS, WRITE, Set.of(200)),
            new Endpoint("GET", "/barcodes/scans", Body.NONE, READ, Set.of(200)));

    private Shop main;
    private Shop other;
    private String customer;
    private String shipment;
    private String shipmentNumber;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Shipments.shop("Logistics matrix");
        other = Shipments.shop("Logistics other");
        Shipments.item(main, "ISO", false, false);
        customer = Shipments.customer(main, "iso-customer");
        JsonObject made = Shipments.create(main, shipmentBody());
        shipment = made.getString("id");
        shipmentNumber = made.getString("number");
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "logistics-reader",
                        List.of("tenant:read", READ),
                        "shipper",
                        List.of("tenant:read", READ, WRITE),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private jakarta.json.JsonObjectBuilder shipmentBody() {
        return Shipments.outbound(customer, List.of(Shipments.line("ISO", null, null, "1", "P1")), "P1");
    }

    private JsonObject body(Body body) {
        return switch (body) {
            case NONE -> null;
            case SHIPMENT -> shipmentBody().build();
            case CHANGE ->
                Json.createObjectBuilder().add("tracking_number", "T-1").build();
            case SETTINGS ->
                Json.createObjectBuilder()
                        .add("gs1_company_prefix", Shipments.PREFIX)
                        .build();
            case SCAN -> Shipments.scanBody(shipmentNumber, "inspect");
            case SCANS ->
                Json.createObjectBuilder()
                        .add("scans", Json.createArrayBuilder().add(Shipments.scanBody(shipmentNumber, "inspect")))
                        .build();
        };
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner) {
        String path = endpoint.path().replace("{shipment}", shipment);
        if (path.contains("{fresh}")) {
            path = path.replace(
                    "{fresh}", Shipments.create(main, shipmentBody()).getString("id"));
        }
        Api.Request request =
                Api.request(endpoint.method(), pathOwner.path(path)).token(token);
        JsonObject json = body(endpoint.body());
        if (json != null) {
            request.json(json);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS, Endpoint::name, (e, token) -> call(e, token, main), other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsShipmentIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{shipment}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's id",
                        () -> call(e, other.token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersReadAndShippersChange() {
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
