package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.EventStream;
import dev.procura.support.Notifications;
import dev.procura.support.Outsiders;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
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
 * Every notifications endpoint against a member of another tenant, a non-member and no token; every
 * role may read its own notifications and only administrators send messages; another tenant's
 * notification ids are not found.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIsolationIT {

    /** A tenant with one notification of its administrator. */
    private record Fixture(Shop shop, String notification) {
        String path(String template) {
            return shop.path(template.replace("{notification}", notification));
        }
    }

    private record Endpoint(
            String method, String path, Function<Fixture, JsonObject> body, String permission, boolean streaming) {
        String name() {
            return method + " " + path;
        }
    }

    private static final Set<String> EVERY_ROLE = Set.of("viewer", "requester", "approver", "admin");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/notifications", f -> null, "tenant:read", false),
            new Endpoint("GET", "/notifications?unread=true", f -> null, "tenant:read", false),
            new Endpoint("GET", "/notifications/history", f -> null, "tenant:read", false),
            new Endpoint("POST", "/notifications/{notification}/read", f -> null, "tenant:read", false),
            new Endpoint("POST", "/notifications/read-all", f -> null, "tenant:read", false),
            new Endpoint("GET", "/notifications/preferences", f -> null, "tenant:read", false),
            new Endpoint(
                    "PUT",
                    "/notifications/preferences",
                    f -> Json.createObjectBuilder()
                            .add("status_update", Json.createObjectBuilder().add("email", true))
                            .build(),
                    "tenant:read",
                    false),
            new Endpoint(
                    "POST",
                    "/notifications/send",
                    f -> Json.createObjectBuilder()
                            .add("role", "admin")
                            .add("title", "Matrix")
                            .add("body", "Isolation check")
                            .build(),
                    "notifications:send",
                    false),
            new Endpoint("GET", "/notifications/stream", f -> null, "tenant:read", true));

    private Fixture main;
    private Fixture other;
    private final Map<String, Member> byRole = new HashMap<>();
    private Member stranger;

    private static Fixture fixture(String name) {
        Shop shop = Buying.shop(name);
        Notifications.send(
                shop.tenantId(), shop.token(), "For the admin", shop.admin().id());
        String id =
                Notifications.of(shop.tenantId(), shop.token(), false).get(0).getString("id");
        return new Fixture(shop, id);
    }

    @BeforeAll
    void arrange() {
        main = fixture("Notification matrix");
        other = fixture("Notification other");
        byRole.put("admin", main.shop().admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(main.shop().tenantId(), main.shop().token(), role));
        }
        stranger = Tenants.signedIn();
    }

    /** {@code target}'s objects named in {@code pathOwner}'s tenant. */
    private static Reply call(Endpoint endpoint, Fixture target, String token, Fixture pathOwner) throws IOException {
        String path = pathOwner.shop().path("")
                + target.path(endpoint.path()).substring(target.shop().path("").length());
        if (endpoint.streaming()) {
            try (EventStream stream = EventStream.open(Api.baseUrl() + path, token, null)) {
                return stream.status() == 200 ? new Reply(200, null, "") : stream.refusal();
            }
        }
        Api.Request request = Api.request(endpoint.method(), path).token(token);
        JsonObject body = endpoint.body().apply(target);
        if (body != null) {
            request.json(body);
        }
        return request.send();
    }

    @TestFactory
    Stream<DynamicTest> outsidersGetNotFound() {
        return Outsiders.refused(
                ENDPOINTS,
                Endpoint::name,
                (e, token) -> call(e, main, token, main),
                other.shop().token(),
                stranger.token());
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsNotificationIsNotFoundInOnesOwnTenant() {
        return ENDPOINTS.stream()
                .filter(e -> e.path().contains("{notification}"))
                .map(endpoint -> DynamicTest.dynamicTest(
                        endpoint.name() + " with the other tenant's id",
                        () -> call(endpoint, main, other.shop().token(), other).expectProblem(404, "not-found")));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleReadsItsOwnAndOnlyAdministratorsSend() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : List.of("viewer", "requester", "approver", "admin")) {
                boolean allowed =
                        "tenant:read".equals(endpoint.permission()) ? EVERY_ROLE.contains(role) : "admin".equals(role);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role, () -> {
                    Reply reply = call(endpoint, main, byRole.get(role).token(), main);
                    if (!allowed) {
                        reply.expectProblem(403, "forbidden");
                    } else if (endpoint.path().contains("{notification}") && !"admin".equals(role)) {
                        // Allowed, but the notification is the administrator's: not one's own.
                        reply.expectProblem(404, "not-found");
                    } else {
                        assertTrue(
                                reply.status() == 200 || reply.status() == 202,
                                () -> role + " should be allowed " + endpoint.name() + ": " + reply.status() + " "
                                        + reply.body());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCustomRoleWithTenantReadOnlyReadsButDoesNotSend() {
        Member custom = Tenants.signedIn();
        String roleName = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        Api.post(
                        main.shop().path("/roles"),
                        main.shop().token(),
                        Json.createObjectBuilder()
                                .add("name", roleName)
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Api.post(
                        main.shop().path("/members"),
                        main.shop().token(),
                        Json.createObjectBuilder()
                                .add("email", custom.account().email())
                                .add("role", roleName)
                                .build())
                .expect(201);
        return Stream.of(
                DynamicTest.dynamicTest(
                        "reads",
                        () -> assertEquals(
                                0,
                                Api.get(main.path("/notifications"), custom.token())
                                        .expect(200)
                                        .json()
                                        .getInt("total"))),
                DynamicTest.dynamicTest(
                        "does not send",
                        () -> Api.post(
                                        main.path("/notifications/send"),
                                        custom.token(),
                                        Notifications.message("t", "b", custom.id()))
                                .expectProblem(403, "forbidden")));
    }
}
