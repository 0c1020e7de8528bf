package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
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
 * The isolation matrix: every tenant-scoped endpoint against a member of another tenant, a
 * non-member, each system role, a suspended and a deleted tenant, and no token.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    /** One tenant-scoped endpoint: method, path after /tenants/{id}, body maker, permission it needs. */
    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, boolean destructive) {
        String name() {
            return method + " " + (path.isEmpty() ? "/" : path);
        }
    }

    /** The people and things the endpoints act on, per tenant. */
    private record Fixture(UUID tenantId, Member admin, Member target, String customRole) {}

    /** What each system role may do, as the issue defines it. */
    private static final Map<String, Set<String>> ROLE_PERMISSIONS = Map.of(
            "viewer", Set.of("tenant:read", "settings:read", "documents:read"),
            "requester", Set.of("tenant:read", "settings:read", "members:read", "documents:read", "documents:write"),
            "approver",
                    Set.of(
                            "tenant:read",
                            "settings:read",
                            "members:read",
                            "roles:read",
                            "documents:read",
                            "documents:write"),
            "admin",
                    Set.of(
                            "tenant:read",
                            "tenant:write",
                            "members:read",
                            "members:write",
                            "roles:read",
                            "roles:write",
                            "settings:read",
                            "settings:write",
                            "documents:read",
                            "documents:write",
                            "documents:manage"));

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "", f -> null, "tenant:read", false),
            new Endpoint(
                    "PUT",
                    "",
                    f -> Json.createObjectBuilder().add("name", "Renamed").build(),
                    "tenant:write",
                    false),
            new Endpoint("DELETE", "", f -> null, "tenant:write", true),
            new Endpoint("GET", "/members", f -> null, "members:read", false),
            new Endpoint(
                    "POST",
                    "/members",
                    f -> Json.createObjectBuilder()
                            .add("email", Accounts.register().email())
                            .add("role", "viewer")
                            .build(),
                    "members:write",
                    false),
            new Endpoint(
                    "PATCH",
                    "/members/{target}",
                    f -> Json.createObjectBuilder().add("role", "viewer").build(),
                    "members:write",
                    false),
            new Endpoint("DELETE", "/members/{target}", f -> null, "members:write", true),
            new Endpoint("GET", "/roles", f -> null, "roles:read", false),
            new Endpoint(
                    "POST",
                    "/roles",
                    f -> role("role-" + UUID.randomUUID().toString().substring(0, 8)),
                    "roles:write",
                    false),
            new Endpoint("PUT", "/roles/{role}", f -> role(f.customRole()), "roles:write", false),
            new Endpoint("DELETE", "/roles/{role}", f -> null, "roles:write", true),
            new Endpoint("GET", "/settings", f -> null, "settings:read", false),
            new Endpoint("GET", "/documents", f -> null, "documents:read", false),
            new Endpoint("GET", "/files", f -> null, "documents:read", false),
            new Endpoint(
                    "PUT",
                    "/settings",
                    f -> Json.createObjectBuilder().add("currency", "USD").build(),
                    "settings:write",
                    false));

    private Fixture main;
    private final Map<String, Member> byRole = new java.util.HashMap<>();
    private Member otherTenantAdmin;
    private Member stranger;
    private Fixture suspended;
    private Fixture deleted;

    private static JsonObject role(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("description", "matrix")
                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                .build();
    }

    private static Fixture fixture(String name) {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), name);
        Member target = Tenants.join(tenantId, admin.token(), "viewer");
        String customRole = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        Api.post(Tenants.path(tenantId, "/roles"), admin.token(), role(customRole))
                .expect(201);
        return new Fixture(tenantId, admin, target, customRole);
    }

    @BeforeAll
    void arrange() throws Exception {
        main = fixture("Matrix main");
        byRole.put("admin", main.admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.tenantId(), main.admin().token(), role));
        }
        otherTenantAdmin = Tenants.signedIn();
        Tenants.create(otherTenantAdmin.token(), "Matrix other");
        stranger = Tenants.signedIn();

        Member operator = Tenants.platformAdmin();
        suspended = fixture("Matrix suspended");
        Api.post(
                        "/api/v1/admin/tenants/" + suspended.tenantId() + "/suspend",
                        operator.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        deleted = fixture("Matrix deleted");
        Api.delete(Tenants.path(deleted.tenantId(), ""), deleted.admin().token())
                .expect(204);
    }

    private static Reply call(Endpoint endpoint, Fixture fixture, String token) {
        String path = Tenants.path(
                fixture.tenantId(),
                endpoint.path()
                        .replace("{target}", fixture.target().id().toString())
                        .replace("{role}", fixture.customRole()));
        Api.Request request = Api.request(endpoint.method(), path).token(token);
        JsonObject body = endpoint.body().apply(fixture);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " by a member of another tenant",
                    () -> call(endpoint, main, otherTenantAdmin.token()).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " by a user of no tenant",
                    () -> call(endpoint, main, stranger.token()).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " without a token",
                    () -> call(endpoint, main, null).expectProblem(401, "unauthenticated")));
        }
        return tests.stream();
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
                    Reply reply = call(endpoint, main, byRole.get(role).token());
                    if (allowed) {
                        assertTrue(
                                reply.status() >= 200 && reply.status() < 300,
                                () -> role + " should be allowed " + endpoint.name() + ": " + reply.body());
                    } else {
                        reply.expectProblem(403, "forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> suspendedAndDeletedTenantsRefuseEvenTheirAdmins() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " on a suspended tenant",
                    () -> call(endpoint, suspended, suspended.admin().token()).expectProblem(403, "tenant-suspended")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " on a deleted tenant",
                    () -> call(endpoint, deleted, deleted.admin().token()).expectProblem(403, "tenant-deleted")));
            tests.add(DynamicTest.dynamicTest(
                    endpoint.name() + " on a suspended tenant by an outsider",
                    () -> call(endpoint, suspended, otherTenantAdmin.token()).expectProblem(404, "not-found")));
        }
        return tests.stream();
    }
}
