package dev.procura.backups;

import dev.procura.backups.BackupViews.PlacementView;
import dev.procura.platform.events.Outbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.DedicatedServers;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a tenant must live: an operator's pin ({@code tenant_databases.pinned_server}) or else its
 * plan's dedicated server. A pin records intent; a move takes the tenant there.
 */
@ApplicationScoped
public class PlacementService {

    /** The server a tenant must live on and who says so ({@code operator} or {@code plan}). */
    public record Requirement(String server, String by) {}

    @Inject
    TenantDatabaseRepository placements;

    @Inject
    TenantServers servers;

    @Inject
    DedicatedServers dedicated;

    @Inject
    Outbox outbox;

    @Inject
    ControlTransaction transaction;

    public PlacementView get(UUID tenantId) {
        return view(found(tenantId));
    }

    /** Pins the tenant to a server (null: unpins), audited as tenant.pinned or tenant.unpinned. */
    public PlacementView pin(UUID tenantId, UUID actor, BackupRequests.Pin request) {
        String server = request.pinnedServer();
        requireKnown("pinned_server", server);
        transaction.run(() -> {
            String before = found(tenantId).pinnedServer();
            placements.pin(tenantId, server);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("tenant_id", tenantId);
            data.put("pinned_server", server);
            data.put("pinned_server_before", before);
            outbox.publish(
                    server == null ? "tenant.unpinned" : "tenant.pinned", tenantId.toString(), tenantId, actor, data);
        });
        return get(tenantId);
    }

    /** Where the tenant must live, if anywhere in particular. */
    public Optional<Requirement> requirement(TenantDatabase placement) {
        if (placement.pinnedServer() != null) {
            return Optional.of(new Requirement(placement.pinnedServer(), "operator"));
        }
        return dedicated.of(placement.tenantId()).map(server -> new Requirement(server, "plan"));
    }

    TenantDatabase found(UUID tenantId) {
        return placements.find(tenantId).orElseThrow(() -> new Failure.NotFound("No tenant " + tenantId));
    }

    /** Refuses (400 on {@code field}) a server name that is not configured; null passes. */
    void requireKnown(String field, String server) {
        if (server != null && servers.byName(server).isEmpty()) {
            throw new Failure.InvalidInput(
                    field,
                    "must be one of the tenant servers "
                            + servers.all().stream()
                                    .map(TenantServers.Server::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private PlacementView view(TenantDatabase placement) {
        Optional<Requirement> required = requirement(placement);
        return new PlacementView(
                placement.tenantId(),
                placement.serverName(),
                placement.databaseName(),
                placement.pinnedServer(),
                dedicated.of(placement.tenantId()).orElse(null),
                required.map(Requirement::server).orElse(null),
                required.map(r -> r.server().equals(placement.serverName())).orElse(true));
    }
}
