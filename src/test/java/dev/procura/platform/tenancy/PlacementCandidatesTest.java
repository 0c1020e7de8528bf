package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.persistence.DatabaseSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a new tenant's database may be created: the sign-up plan's dedicated server, or the emptiest first. */
class PlacementCandidatesTest {

    private static TenantProvisioner provisioner(String dedicatedServer) {
        Map<String, String> settings = Map.of(
                "procura.tenants.server.main.url", "jdbc:postgresql://127.0.0.1:5432/",
                "procura.tenants.server.second.url", "jdbc:postgresql://127.0.0.1:5433/",
                "procura.tenants.server.third.url", "jdbc:postgresql://127.0.0.1:5434/");
        TenantProvisioner provisioner = new TenantProvisioner();
        provisioner.servers = TenantServers.of(
                List.of("main", "second", "third"),
                key -> Optional.ofNullable(settings.get(key)),
                DatabaseSettings.of("jdbc:postgresql://127.0.0.1:5432/procura", "postgres", "x", "disable", null));
        provisioner.databases = new TenantDatabaseRepository() {
            @Override
            public Map<String, Long> countByServer() {
                return Map.of("main", 30L, "second", 5L, "third", 12L);
            }
        };
        provisioner.dedicated = new DedicatedServers() {
            @Override
            public Optional<String> of(UUID tenantId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> forNewTenants() {
                return Optional.ofNullable(dedicatedServer);
            }
        };
        return provisioner;
    }

    private static List<String> names(List<TenantServers.Server> servers) {
        return servers.stream().map(TenantServers.Server::name).toList();
    }

    @Test
    void withoutADedicatedServerEveryServerIsTriedTheEmptiestFirst() {
        assertEquals(List.of("second", "third", "main"), names(provisioner(null).candidates()));
    }

    @Test
    void theSignupPlansDedicatedServerIsTheOnlyCandidate() {
        assertEquals(List.of("main"), names(provisioner("main").candidates()));
    }

    @Test
    void aDedicatedServerThatIsNotConfiguredIsAnErrorNotASilentFallback() {
        assertThrows(IllegalStateException.class, () -> provisioner("gone").candidates());
    }
}
