package dev.procura.imports;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.RoleMatrix;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
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
 * Every import endpoint against a member of another tenant, a non-member and no token; members
 * with masters:read see imports, only masters:write starts one; another tenant's import or
 * document is not found in one's own.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIsolationIT {

    private record Fixture(Shop shop, String document, String run) {
        String path(String template) {
            return template.replace("{import}", run);
        }
    }

    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, Set<Integer> allowed) {
        String name() {
            return method + " " + path;
        }
    }

    private static final String READ = "masters:read";
    private static final String WRITE = "masters:write";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "viewer", Set.of(READ),
            "requester", Set.of(READ),
            "approver", Set.of(READ),
            "admin", Set.of(READ, WRITE),
            "data-steward", Set.of(READ, WRITE),
            "outsider-role", Set.of());

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "POST",
                    "/imports",
                    f -> Imports.body("suppliers", f.document(), "upsert", true),
                    WRITE,
                    Set.of(202)),
            new Endpoint("GET", "/imports", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/imports/entities", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/imports/{import}", f -> null, READ, Set.of(200)),
            new Endpoint("GET", "/imports/{import}/rejections", f -> null, READ, Set.of(200)));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        String document = Imports.upload(shop, "s.csv", "code,legal_name,currency\nISO-1,Isolation,EUR\n");
        String run = Imports.run(shop, "suppliers", document, "create", true).getString("id");
        return new Fixture(shop, document, run);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Import matrix");
        other = fixture("Import other");
        byRole.putAll(RoleMatrix.members(
                main.shop(),
                Map.of("data-steward", List.of("tenant:read", READ, WRITE), "outsider-role", List.of("tenant:read"))));
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) {
        Api.Request request = Api.request(endpoint.method(), pathOwner.shop().path(target.path(endpoint.path())))
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
    Stream<DynamicTest> anotherTenantsImportsAreNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{import}"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsDocumentCannotBeImported() {
        return Stream.of(DynamicTest.dynamicTest(
                "POST /imports naming the other tenant's document",
                () -> call(ENDPOINTS.get(0), main, other.shop().token(), other).expectProblem(400, "validation")));
    }

    @TestFactory
    Stream<DynamicTest> readersSeeImportsAndOnlyWritersStartThem() {
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
