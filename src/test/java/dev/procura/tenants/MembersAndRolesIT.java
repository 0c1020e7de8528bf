package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class MembersAndRolesIT {

    private static JsonObject member(String email, String role) {
        return Json.createObjectBuilder().add("email", email).add("role", role).build();
    }

    private static JsonObject role(String role) {
        return Json.createObjectBuilder().add("role", role).build();
    }

    private static JsonObject roleDefinition(String name, String... permissions) {
        var list = Json.createArrayBuilder();
        for (String permission : permissions) {
            list.add(permission);
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("permissions", list)
                .build();
    }

    @Test
    void membersMustBeRegisteredUsersWithAnExistingRoleAndJoinOnce() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Members Co");
        String members = Tenants.path(id, "/members");

        assertEquals(
                List.of("email"),
                Api.post(members, admin.token(), member(Accounts.uniqueEmail(), "viewer"))
                        .fieldErrors());
        Accounts.Account bob = Accounts.register();
        assertEquals(
                List.of("role"),
                Api.post(members, admin.token(), member(bob.email(), "no-such-role"))
                        .fieldErrors());
        JsonObject added = Api.post(members, admin.token(), member(bob.email(), "requester"))
                .expect(201)
                .json();
        assertEquals(bob.id().toString(), added.getString("user_id"));
        Api.post(members, admin.token(), member(bob.email(), "viewer")).expectProblem(409, "already-member");

        JsonObject page = Api.get(members + "?per_page=1&page=2", admin.token())
                .expect(200)
                .json();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorRemoved() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "One admin");
        String self = Tenants.path(id, "/members/" + admin.id());

        Api.request("PATCH", self)
                .token(admin.token())
                .json(role("viewer"))
                .send()
                .expectProblem(409, "last-admin");
        Api.delete(self, admin.token()).expectProblem(409, "last-admin");

        Member second = Tenants.join(id, admin.token(), "admin");
        Api.request("PATCH", self)
                .token(second.token())
                .json(role("viewer"))
                .send()
                .expect(200);
        Api.delete(Tenants.path(id, "/members/" + second.id()), second.token()).expectProblem(409, "last-admin");
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Changing roles");
        Member bob = Tenants.join(id, admin.token(), "requester");
        Api.get(Tenants.path(id, "/members"), bob.token()).expect(200);

        Api.request("PATCH", Tenants.path(id, "/members/" + bob.id()))
                .token(admin.token())
                .json(role("viewer"))
                .send()
                .expect(200);
        Api.get(Tenants.path(id, "/members"), bob.token()).expectProblem(403, "forbidden");

        Api.delete(Tenants.path(id, "/members/" + bob.id()), admin.token()).expect(204);
        Api.get(Tenants.path(id, ""), bob.token()).expectProblem(404, "not-found");
    }

    @Test
    void customRolesGrantExactlyTheirPermissions() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Custom roles");
        String roles = Tenants.path(id, "/roles");
        Api.post(
                        roles,
                        admin.token(),
                        roleDefinition("settings-keeper", "tenant:read", "settings:read", "settings:write"))
                .expect(201);
        Member keeper = Tenants.join(id, admin.token(), "settings-keeper");

        Api.put(
                        Tenants.path(id, "/settings"),
                        keeper.token(),
                        Json.createObjectBuilder().add("currency", "CHF").build())
                .expect(200);
        Api.get(Tenants.path(id, "/members"), keeper.token()).expectProblem(403, "forbidden");

        Api.put(
                        roles + "/settings-keeper",
                        admin.token(),
                        roleDefinition("settings-keeper", "tenant:read", "members:read"))
                .expect(200);
        Api.get(Tenants.path(id, "/members"), keeper.token()).expect(200);
        Api.put(
                        Tenants.path(id, "/settings"),
                        keeper.token(),
                        Json.createObjectBuilder().add("currency", "EUR").build())
                .expectProblem(403, "forbidden");
        Api.get(roles, keeper.token()).expectProblem(403, "forbidden");
    }

    @Test
    void roleDefinitionsAreValidatedAndSystemRolesAreFixed() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Role rules");
        String roles = Tenants.path(id, "/roles");

        var list = Api.request("GET", roles)
                .token(admin.token())
                .send()
                .expect(200)
                .body();
        for (String system : List.of("\"admin\"", "\"approver\"", "\"requester\"", "\"viewer\"")) {
            assertTrue(list.contains(system), list);
        }
        JsonObject unknown = Api.post(roles, admin.token(), roleDefinition("broken", "tenant:read", "rockets:launch"))
                .expectProblem(400, "validation");
        assertTrue(unknown.toString().contains("rockets:launch"));
        assertEquals(
                List.of("name"),
                Api.post(roles, admin.token(), roleDefinition("Bad Name!", "tenant:read"))
                        .fieldErrors());
        Api.post(roles, admin.token(), roleDefinition("admin", "tenant:read")).expectProblem(409, "role-exists");
        Api.put(roles + "/viewer", admin.token(), roleDefinition("viewer", "tenant:write"))
                .expectProblem(409, "system-role");
        Api.delete(roles + "/admin", admin.token()).expectProblem(409, "system-role");

        Api.post(roles, admin.token(), roleDefinition("auditor", "tenant:read")).expect(201);
        Api.post(roles, admin.token(), roleDefinition("auditor", "tenant:read")).expectProblem(409, "role-exists");
        Member auditor = Tenants.join(id, admin.token(), "auditor");
        Api.delete(roles + "/auditor", admin.token()).expectProblem(409, "role-in-use");
        Api.delete(Tenants.path(id, "/members/" + auditor.id()), admin.token()).expect(204);
        Api.delete(roles + "/auditor", admin.token()).expect(204);
        Api.delete(roles + "/auditor", admin.token()).expectProblem(404, "not-found");
    }
}
