package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.UUID;

/** Tenants and members made through the API for a test. */
public final class Tenants {

    private Tenants() {}

    /** A signed-in member of a tenant. */
    public record Member(Accounts.Account account, String token) {
        public UUID id() {
            return account.id();
        }
    }

    public static UUID create(String adminToken, String name) {
        JsonObject tenant = Api.post(
                        "/api/v1/tenants",
                        adminToken,
                        Json.createObjectBuilder().add("name", name).build())
                .expect(201)
                .json();
        return UUID.fromString(tenant.getString("id"));
    }

    public static Member signedIn() {
        Accounts.Account account = Accounts.register();
        return new Member(account, Accounts.login(account).accessToken());
    }

    /** A new user added to the tenant with this role by its admin, signed in. */
    public static Member join(UUID tenantId, String adminToken, String role) {
        Member member = signedIn();
        Api.post(
                        "/api/v1/tenants/" + tenantId + "/members",
                        adminToken,
                        Json.createObjectBuilder()
                                .add("email", member.account().email())
                                .add("role", role)
                                .build())
                .expect(201);
        return member;
    }

    /** A fresh platform operator: a registered user granted the group in the control database. */
    public static Member platformAdmin() throws SQLException {
        Accounts.Account account = Accounts.register();
        ControlDb.update("UPDATE users SET platform_roles = 'platform-admin' WHERE id = ?", account.id());
        return new Member(account, Accounts.login(account).accessToken());
    }

    /** The name of the tenant's database (and of its owner role). */
    public static String databaseName(UUID tenantId) {
        return "tenant_" + tenantId.toString().replace("-", "");
    }

    /** The JDBC URL of the tenant's database, on whichever local cluster holds it. */
    public static String databaseUrl(UUID tenantId) throws SQLException {
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
        return "jdbc:postgresql://localhost:" + ("second".equals(server) ? "5433" : "5432") + "/"
                + databaseName(tenantId);
    }

    public static String path(UUID tenantId, String rest) {
        return "/api/v1/tenants/" + tenantId + rest;
    }
}
