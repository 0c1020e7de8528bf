package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class TenantLifecycleIT {

    private static List<String> onServer(String server, String sql, Object... parameters) throws Exception {
        String port = "second".equals(server) ? "5433" : "5432";
        return ControlDb.stringsAt("jdbc:postgresql://localhost:" + port + "/postgres", sql, parameters);
    }

    @Test
    void creatingATenantMakesItsOwnDatabaseOwnedByItsOwnRole() throws Exception {
        Member admin = Tenants.signedIn();
        var reply = Api.post(
                        "/api/v1/tenants",
                        admin.token(),
                        Json.createObjectBuilder().add("name", "Acme").build())
                .expect(201);
        JsonObject tenant = reply.json();
        UUID id = UUID.fromString(tenant.getString("id"));
        assertEquals("admin", tenant.getString("role"));
        assertEquals("active", tenant.getString("status"));
        assertTrue(reply.header("Location").orElseThrow().endsWith("/api/v1/tenants/" + id));

        List<String> placement = ControlDb.strings(
                "SELECT server_name || '|' || database_name || '|' || owner_role FROM tenant_databases WHERE tenant_id = ?",
                id);
        String[] parts = placement.get(0).split("\\|", -1);
        String database = Tenants.databaseName(id);
        assertEquals(database, parts[1]);
        assertEquals(database, parts[2]);
        assertEquals(
                List.of(database + "|" + database),
                onServer(
                        parts[0],
                        "SELECT datname || '|' || pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?",
                        database));
        assertEquals(
                List.of("false"),
                onServer(parts[0], "SELECT has_database_privilege('public', ?, 'CONNECT')::text", database));
        assertTrue(ControlDb.strings("SELECT password_enc FROM tenant_databases WHERE tenant_id = ?", id)
                        .get(0)
                        .length()
                > 40);
    }

    @Test
    void theCreatorIsAdminAndSeesTheTenantAtLoginAndInTheirLists() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Listed Co");

        JsonObject mine = Api.get("/api/v1/tenants", admin.token()).expect(200).json();
        assertEquals(1, mine.getInt("total"));
        assertEquals(id.toString(), mine.getJsonArray("items").getJsonObject(0).getString("id"));

        JsonObject login = dev.procura.support.Accounts.login(admin.account()).body();
        JsonObject listed = login.getJsonArray("tenants").getJsonObject(0);
        assertEquals(id.toString(), listed.getString("id"));
        assertEquals("Listed Co", listed.getString("name"));
        assertEquals("admin", listed.getString("role"));
        assertEquals(
                1, Api.get("/api/v1/users/me/tenants", admin.token()).json().getInt("total"));

        JsonObject detail =
                Api.get(Tenants.path(id, ""), admin.token()).expect(200).json();
        assertEquals(
                admin.account().email(),
                detail.getJsonArray("members").getJsonObject(0).getString("email"));
    }

    @Test
    void renameValidatesTheName() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Old name");
        assertEquals(
                "New name",
                Api.put(
                                Tenants.path(id, ""),
                                admin.token(),
                                Json.createObjectBuilder()
                                        .add("name", "New name")
                                        .build())
                        .expect(200)
                        .json()
                        .getString("name"));
        assertEquals(
                List.of("name"),
                Api.put(
                                Tenants.path(id, ""),
                                admin.token(),
                                Json.createObjectBuilder().add("name", " ").build())
                        .fieldErrors());
        assertEquals(
                List.of("name"),
                Api.post(
                                "/api/v1/tenants",
                                admin.token(),
                                Json.createObjectBuilder()
                                        .add("name", "x".repeat(201))
                                        .build())
                        .fieldErrors());
    }

    @Test
    void softDeleteRefusesAccessKeepsDataAndOperatorsCanRestoreOrDestroy() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Short lived");
        Api.put(
                        Tenants.path(id, "/settings"),
                        admin.token(),
                        Json.createObjectBuilder().add("currency", "GBP").build())
                .expect(200);
        Member operator = Tenants.platformAdmin();

        Api.delete("/api/v1/admin/tenants/" + id + "?confirm=" + id, operator.token())
                .expectProblem(409, "invalid-state");
        Api.delete(Tenants.path(id, ""), admin.token()).expect(204);
        Api.get(Tenants.path(id, "/settings"), admin.token()).expectProblem(403, "tenant-deleted");
        assertEquals(0, Api.get("/api/v1/tenants", admin.token()).json().getInt("total"));

        Api.post(
                        "/api/v1/admin/tenants/" + id + "/restore",
                        operator.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        assertEquals(
                "GBP",
                Api.get(Tenants.path(id, "/settings"), admin.token())
                        .expect(200)
                        .json()
                        .getString("currency"));

        Api.delete(Tenants.path(id, ""), admin.token()).expect(204);
        assertEquals(
                List.of("confirm"),
                Api.delete("/api/v1/admin/tenants/" + id, operator.token()).fieldErrors());
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", id)
                .get(0);
        Api.delete("/api/v1/admin/tenants/" + id + "?confirm=" + id, operator.token())
                .expect(204);

        String database = Tenants.databaseName(id);
        assertEquals(List.of(), onServer(server, "SELECT datname FROM pg_database WHERE datname = ?", database));
        assertEquals(List.of(), onServer(server, "SELECT rolname FROM pg_roles WHERE rolname = ?", database));
        assertEquals(List.of(), ControlDb.strings("SELECT id::text FROM tenants WHERE id = ?", id));
        Api.get(Tenants.path(id, ""), admin.token()).expectProblem(404, "not-found");
    }

    @Test
    void operatorsSeeEveryTenantWithServerAndSchemaAndOthersAreRefused() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Visible to operators");
        Member operator = Tenants.platformAdmin();

        JsonObject one = Api.get("/api/v1/admin/tenants/" + id, operator.token())
                .expect(200)
                .json();
        assertEquals("active", one.getString("status"));
        assertTrue(List.of("main", "second").contains(one.getString("server")));
        assertTrue(one.getBoolean("schema_current"));
        assertEquals(1, one.getInt("members"));
        assertTrue(Api.get("/api/v1/admin/tenants?per_page=100", operator.token())
                        .expect(200)
                        .json()
                        .getInt("total")
                >= 1);

        Api.get("/api/v1/admin/tenants", admin.token()).expectProblem(403, "forbidden");
        Api.post(
                        "/api/v1/admin/tenants/" + id + "/suspend",
                        admin.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(403, "forbidden");
    }

    @Test
    void suspendAndResumeTakeEffectAtOnce() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Suspendable");
        Member operator = Tenants.platformAdmin();
        Api.get(Tenants.path(id, ""), admin.token()).expect(200);

        Api.post(
                        "/api/v1/admin/tenants/" + id + "/suspend",
                        operator.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        Api.get(Tenants.path(id, ""), admin.token()).expectProblem(403, "tenant-suspended");
        Api.post(
                        "/api/v1/admin/tenants/" + id + "/suspend",
                        operator.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "invalid-state");

        Api.post(
                        "/api/v1/admin/tenants/" + id + "/resume",
                        operator.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        Api.get(Tenants.path(id, ""), admin.token()).expect(200);
    }
}
