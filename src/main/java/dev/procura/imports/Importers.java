package dev.procura.imports;

import dev.procura.platform.imports.MasterImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The masters imports can write: every {@link MasterImport} bean, by entity name. */
@ApplicationScoped
public class Importers {

    @Inject
    @Any
    Instance<MasterImport> importers;

    public List<MasterImport> all() {
        return importers.stream()
                .sorted(Comparator.comparing(MasterImport::entity))
                .toList();
    }

    public Optional<MasterImport> find(String entity) {
        return importers.stream().filter(i -> i.entity().equals(entity)).findFirst();
    }

    public List<String> names() {
        return all().stream().map(MasterImport::entity).toList();
    }
}
