package dev.procura.backups;

import dev.procura.platform.tenancy.TenantCatalog.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tables in an order that fills referenced tables before the tables that refer to them, so a
 * restore may keep foreign keys checked. Self-references do not count; tables in a cycle follow
 * the rest by name (the restore then relies on replication-role loading).
 */
final class RestoreOrder {

    private RestoreOrder() {}

    static List<String> of(List<String> tables, List<ForeignKey> keys) {
        Set<String> placed = new LinkedHashSet<>();
        TreeSet<String> waiting = new TreeSet<>(tables);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (String table : new ArrayList<>(waiting)) {
                boolean ready = keys.stream()
                        .filter(k -> k.table().equals(table) && !k.references().equals(table))
                        .filter(k -> waiting.contains(k.references()))
                        .findAny()
                        .isEmpty();
                if (ready) {
                    placed.add(table);
                    waiting.remove(table);
                    progress = true;
                }
            }
        }
        placed.addAll(waiting);
        return List.copyOf(placed);
    }
}
