package dev.procura.traceability;

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
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every traceability endpoint against a member of another tenant, a non-member and no token; and
 * the role matrix: traceability:read (viewers, approvers, a custom reader) reads and simulates
 * recalls, traceability:write (admins, a custom keeper) changes; requesters and a role without
 * either get 403.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceabilityIsolationIT {

    private static final String READ = "traceability:read";
    private static final String WRITE = "traceability:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "trace-reader", Set.of(READ),
            "trace-keeper", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private enum Body {
        NONE,
        RULES,
        LOT,
        SERIAL,
        CHANGE,
        ISSUE,
        RECALL
    }

    private record Endpoint(String method, String path, Body body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("PUT", "/traceability/numbering-rules/RULED", Body.RULES, WRITE, Set.of(200)),
            new Endpoint("GET", "/traceability/numbering-rules", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/traceability/numbering-rules/RULED", Body.NONE, READ, Set.of(200)),
            new Endpoint("DELETE", "/traceability/numbering-rules/{fresh-rule}", Body.NONE, WRITE, Set.of(204)),
            new Endpoint("POST", "/lots", Body.LOT, WRITE, Set.of(201)),
            new Endpoint("GET", "/lots", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/lots/{lot}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/lots/{lot}", Body.CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/lots/{lot}/issues", Body.ISSUE, WRITE, Set.of(201)),
            new Endpoint("POST", "/serial-numbers", Body.SERIAL, WRITE, Set.of(201)),
            new Endpoint("GET", "/serial-numbers", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/serial-numbers/{serial}", Body.NONE, READ, Set.of(200)),
            new Endpoint("PUT", "/serial-numbers/{serial}", Body.CHANGE, WRITE, Set.of(200)),
            new Endpoint("POST", "/serial-numbers/{fresh-serial}/issues", Body.ISSUE, WRITE, Set.of(201)),
            new Endpoint("GET", "/traceability/genealogy?lot=ISO-LOT&item_code=ISO", Body.NONE, READ, Set.of(200)),
            new Endpoint("POST", "/traceability/recall-simulations", Body.RECALL, READ, Set.of(201)),
            new Endpoint("GET", "/traceability/recall-simulations", Body.NONE, READ, Set.of(200)),
            new Endpoint("GET", "/traceability/recall-simulations/{recall}", Body.NONE, READ, Set.of(200)),
            new Endpoint(
                    "POST", "/traceability/recall-simulations/{recall}/quarantine", Body.NONE, WRITE, Set.of(200)));

    private Shop main;
    private Shop other;
    private String customer;
    private String lot;
    private String serial;
    private String recall;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Traces.shop("Traceability matrix");
        other = Traces.shop("Traceability other");
        for (String item : List.of("ISO", "RULED", "UNRULED")) {
            Traces.item(main, item, false, false);
        }
        customer = Traces.customer(main, "iso-customer");
        lot = Traces.handLot(main, "ISO", "ISO-LOT", "100000").getString("id");
        serial = serial();
        Api.put(main.path("/traceability/numbering-rules/RULED"), main.token(), rules())
                .expect(200);
        Traces.handLot(main, "ISO", "ISO-RECALLED", "1");
        recall = Api.post(
                        main.path("/traceability/recall-simulations"),
                        main.token(),
                        Json.createObjectBuilder().add("lot", "ISO-RECALLED").build())
                .expect(201)
                .json()
                .getString("id");
        byRole.putAll(RoleMatrix.members(
                main,
                Map.of(
                        "trace-reader",
                        List.of("tenant:read", READ),
                        "trace-keeper",
                        List.of("tenant:read", READ, WRITE),
                        "outsider-role",
                        List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    private String serial() {
        return Api.post(main.path("/serial-numbers"), main.token(), serialBody())
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObject serialBody() {
        return Json.createObjectBuilder()
                .add("item_code", "ISO")
                .add("number", "S-" + UUID.randomUUID().toString().substring(0, 18))
                .build();
    }

    private static JsonObject rules() {
        return Json.createObjectBuilder()
                .add("lot", Json.createObjectBuilder().add("prefix", "R").add("sequence_width", 6))
                .build();
    }

    private JsonObject body(Body body) {
        return switch (body) {
            case NONE -> null;
            case RULES -> rules();
            case LOT ->
                Json.createObjectBuilder()
                        .add("item_code", "ISO")
                        .add("number", "L-" + UUID.randomUUID().toString().substring(0, 18))
                        .add("quantity", 1)
                        .build();
            case SERIAL -> serialBody();
            case CHANGE -> Json.createObjectBuilder().add("status", "available").build();
            case ISSUE ->
                Json.createObjectBuilder()
                        .add("customer_id", customer)
                        .add("quantity", 1)
                        .build();
            case RECALL -> Json.createObjectBuilder().add("lot", "ISO-LOT").build();
        };
    }

    private Reply call(Endpoint endpoint, String token, Shop pathOwner) {
        String path = endpoint.path()
                .replace("{lot}", lot)
                .replace("{serial}", serial)
                .replace("{recall}", recall);
        if (path.contains("{fresh-rule}")) {
            Api.put(main.path("/traceability/numbering-rules/UNRULED"), main.token(), rules())
                    .expect(200);
            path = path.replace("{fresh-rule}", "UNRULED");
        }
        if (path.contains("{fresh-serial}")) {
            path = path.replace("{fresh-serial}", serial());
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
    Stream<DynamicTest> anotherTenantsUnitsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{lot}")
                        || e.path().contains("{serial}")
                        || e.path().contains("{recall}"))
                .map(e -> DynamicTest.dynamicTest(
                        e.name() + " with the other tenant's id",
                        () -> call(e, other.token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> readersReadAndKeepersChange() {
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
