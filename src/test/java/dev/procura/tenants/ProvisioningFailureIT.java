package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A tenant whose row cannot be written leaves no database behind. */
@MicroShedTest
class ProvisioningFailureIT {

    private static Set<String> tenantDatabasesWithoutRow() throws Exception {
        Set<String> registered = new HashSet<>(ControlDb.strings("SELECT database_name FROM tenant_databases"));
        // A benchmark server may be provisioning tenants of its own control database meanwhile.
        if (!ControlDb.strings("SELECT 1 FROM pg_database WHERE datname = 'procura_bench'")
                .isEmpty()) {
            registered.addAll(ControlDb.stringsAt(
                    "jdbc:postgresql://localhost:5432/procura_bench", "SELECT database_name FROM tenant_databases"));
        }
        Set<String> orphans = new HashSet<>();
        for (String port : List.of("5432", "5433")) {
            for (String name : ControlDb.stringsAt(
                    "jdbc:postgresql://localhost:" + port + "/postgres",
                    "SELECT datname FROM pg_database WHERE datname LIKE 'tenant\\_%' AND datname <> 'tenant_missing'")) {
                if (!registered.contains(name)) {
                    orphans.add(port + "/" + name);
                }
            }
        }
        return orphans;
    }

    @Test
    void aFailureAfterTheDatabaseIsMadeDropsItAgain() throws Exception {
        Member admin = Tenants.signedIn();
        String doomed = "doomed-" + UUID.randomUUID();
        Set<String> orphansBefore = tenantDatabasesWithoutRow();
        ControlDb.update(
                "CREATE OR REPLACE FUNCTION procura_test_refuse_tenant() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN IF NEW.name LIKE 'doomed-%' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$");
        ControlDb.update("CREATE OR REPLACE TRIGGER procura_test_refuse_tenant BEFORE INSERT ON tenants"
                + " FOR EACH ROW EXECUTE FUNCTION procura_test_refuse_tenant()");
        try {
            Api.post(
                            "/api/v1/tenants",
                            admin.token(),
                            Json.createObjectBuilder().add("name", doomed).build())
                    .expectProblem(500, "internal");
        } finally {
            ControlDb.update("DROP TRIGGER IF EXISTS procura_test_refuse_tenant ON tenants");
            ControlDb.update("DROP FUNCTION IF EXISTS procura_test_refuse_tenant()");
        }
        assertEquals(orphansBefore, tenantDatabasesWithoutRow());
        assertEquals(List.of(), ControlDb.strings("SELECT id::text FROM tenants WHERE name = ?", doomed));
        assertEquals(0, Api.get("/api/v1/tenants", admin.token()).json().getInt("total"));
    }
}
