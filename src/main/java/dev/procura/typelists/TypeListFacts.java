package dev.procura.typelists;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What other capabilities may ask of type lists, inside their own tenant transaction. */
@ApplicationScoped
public class TypeListFacts {

    @Inject
    TypeListRepository lists;

    /** Whether the tenant has a type list with this code. */
    public boolean exists(TenantTx tx, String listCode) {
        return lists.idByCode(tx.em(), listCode).isPresent();
    }

    /** The codes of the list's active values; empty if there is no such list. */
    public Optional<Set<String>> activeCodes(TenantTx tx, String listCode) {
        return lists.idByCode(tx.em(), listCode)
                .map(id -> lists.allValues(tx.em(), id, true).stream()
                        .map(TypeListValue::code)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
