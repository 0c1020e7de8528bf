package dev.procura.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Both branding endpoints against a member of another tenant, a non-member and no token; every
 * member reads (config:read), only administrators and roles granted config:manage change it; a
 * tenant's branding never shows through another tenant's path, and another tenant's document is
 * no logo here.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrandingIsolationIT {

    private record Endpoint(String method, String permission) {
        String name() {
            return method + " /branding";
        }
    }

    private static final String READ = "config:read";
    private static final String MANAGE = "config:manage";
    /** Roles to their config permissions; "stylist" is a custom role granted both. */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, MANAGE),
            "stylist", Set.of(READ, MANAGE),
            "outsider-role", Set.of());

    private static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET", READ), new Endpoint("PUT", MANAGE));

    private Shop main;
    private Shop other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    @BeforeAll
    void arrange() {
        main = Buying.shop("Branding matrix");
        other = Buying.shop("Branding other");
        BrandingIT.put(
                other, BrandingIT.body().add("display_name", "Other's brand").build());
        byRole.put("admin", main.admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.tenantId(), main.token(), role));
        }
        for (Map.Entry<String, List<String>> custom : Map.of(
                        "stylist", List.of("tenant:read", READ, MANAGE), "outsider-role", List.of("tenant:read"))
                .entrySet()) {
            Api.post(
                            main.path("/roles"),
                            main.token(),
                            Json.createObjectBuilder()
                                    .add("name", custom.getKey())
                                    .add("description", "Matrix")
                                    .add("permissions", Json.createArrayBuilder(custom.getValue()))
                                    .build())
                    .expect(201);
            byRole.put(custom.getKey(), Tenants.join(main.tenantId(), main.token(), custom.getKey()));
        }
        stranger = Tenants.signedIn();
    }

    private Reply call(Endpoint endpoint, String token) {
        Api.Request request =
                Api.request(endpoint.method(), main.path("/branding")).token(token);
        if (endpoint.method().equals("PUT")) {
            request.json(
                    Json.createObjectBuilder().add("display_name", "Matrix").build());
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFoundAndAnonymousCallersUnauthorized() {
        return Outsiders.refused(
                ENDPOINTS, Endpoint::name, (e, token) -> call(e, token), other.token(), stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> everyMemberReadsAndOnlyManagersChangeIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : ROLES.keySet().stream().sorted().toList()) {
                boolean allowed = ROLES.get(role).contains(endpoint.permission());
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role, () -> {
                    Reply reply = call(endpoint, byRole.get(role).token());
                    if (allowed) {
                        reply.expect(200);
                    } else {
                        reply.expectProblem(403, "forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void oneTenantsBrandingAndDocumentsStayItsOwn() {
        JsonObject mine =
                Api.get(main.path("/branding"), main.token()).expect(200).json();
        assertTrue(
                !mine.containsKey("display_name")
                        || mine.getString("display_name").equals("Matrix"),
                mine.toString());
        String othersLogo = BrandingIT.document(other, "logo.png", BrandingIT.png(20, 20, false));
        JsonObject problem = Api.put(
                        main.path("/branding"),
                        main.token(),
                        Json.createObjectBuilder()
                                .add("logo_document_id", othersLogo)
                                .build())
                .expectProblem(400, "validation");
        assertEquals(
                "logo_document_id",
                problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "Other's brand",
                Api.get(other.path("/branding"), other.token())
                        .expect(200)
                        .json()
                        .getString("display_name"));
    }
}
