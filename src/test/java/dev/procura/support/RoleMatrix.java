package dev.procura.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Buying.Shop;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The role dimension of the isolation matrices: a tenant's members in every system role and in
 * custom roles of given permissions, and one test per endpoint and role that a role without the
 * endpoint's permission gets 403 {@code forbidden} and one with it an answer the endpoint allows.
 */
public final class RoleMatrix {

    private RoleMatrix() {}

    /** The shop's admin, a viewer, a requester and an approver, and a member of each custom role (made here). */
    public static Map<String, Member> members(Shop shop, Map<String, List<String>> customRoles) {
        Map<String, Member> byRole = new LinkedHashMap<>();
        byRole.put("admin", shop.admin());
        for (String role : List.of("viewer", "requester", "approver")) {
            byRole.put(role, Tenants.join(shop.tenantId(), shop.token(), role));
        }
        customRoles.forEach((role, permissions) -> {
            Api.post(
                            shop.path("/roles"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("name", role)
                                    .add("description", "Matrix")
                                    .add("permissions", Json.createArrayBuilder(permissions))
                                    .build())
                    .expect(201);
            byRole.put(role, Tenants.join(shop.tenantId(), shop.token(), role));
        });
        return byRole;
    }

    /**
     * For every endpoint and every role of {@code roles} (role → the permissions it holds among
     * those the endpoints need): {@code call(endpoint, token)} as a member of that role.
     */
    public static <E> Stream<DynamicTest> tests(
            List<E> endpoints,
            Function<E, String> name,
            Function<E, String> permission,
            Function<E, Set<Integer>> allowed,
            Map<String, Set<String>> roles,
            Map<String, Member> members,
            BiFunction<E, String, Reply> call) {
        List<DynamicTest> tests = new ArrayList<>();
        for (E endpoint : endpoints) {
            for (String role : roles.keySet().stream().sorted().toList()) {
                boolean permitted = roles.get(role).contains(permission.apply(endpoint));
                tests.add(DynamicTest.dynamicTest(name.apply(endpoint) + " as " + role, () -> {
                    Reply reply = call.apply(endpoint, members.get(role).token());
                    if (!permitted) {
                        reply.expectProblem(403, "forbidden");
                    } else {
                        assertTrue(
                                allowed.apply(endpoint).contains(reply.status()),
                                () -> role + " should be allowed " + name.apply(endpoint) + ": " + reply.status() + " "
                                        + reply.body());
                    }
                }));
            }
        }
        return tests.stream();
    }
}
