package dev.procura.platform.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTx;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MasterExportsTest {

    record Thing(UUID id, String code) {}

    private static final MasterExports<Thing> THINGS =
            new MasterExports<>(
                    Thing.class,
                    "thing",
                    "things:read",
                    List.of(),
                    Keyset.by("code", Thing::code),
                    Thing::id,
                    filters()) {
                @Override
                protected Function<Thing, Map<String, Object>> values(TenantTx tx) {
                    return thing -> Map.of();
                }
            };

    private static Map<String, ExportFilter> filters() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("status", ExportFilter.oneOf("status", List.of("active", "on_hold", "inactive")));
        filters.put("category", ExportFilter.like("categories", value -> "%|" + value + "|%"));
        filters.put("since", ExportFilter.date("validFrom", ">="));
        return filters;
    }

    private static FieldError refused(Map<String, String> filter) {
        Failure.InvalidInput failure =
                assertThrows(Failure.InvalidInput.class, () -> THINGS.where(filter, null, new LinkedHashMap<>()));
        assertEquals(1, failure.errors().size());
        return failure.errors().get(0);
    }

    @Test
    void filtersBecomeConditionsOnTheEntityWithReadParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("active", "false");
        filter.put("status", "on_hold");
        filter.put("category", "IT");
        filter.put("since", "2026-01-31");

        assertEquals(
                " WHERE e.active = :f_active AND e.status = :f_status AND e.categories LIKE :f_category"
                        + " AND e.validFrom >= :f_since",
                THINGS.where(filter, null, parameters));
        assertEquals(
                Map.of(
                        "f_active",
                        false,
                        "f_status",
                        "on_hold",
                        "f_category",
                        "%|IT|%",
                        "f_since",
                        LocalDate.of(2026, 1, 31)),
                parameters);
    }

    @Test
    void noFilterAndNoKeyIsNoWhereClause() {
        assertEquals("", THINGS.where(Map.of(), null, new LinkedHashMap<>()));
    }

    @Test
    void aKeyResumesAfterItInKeyOrder() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        assertEquals(
                " WHERE e.active = :f_active AND e.code > :after",
                THINGS.where(Map.of("active", "true"), "B-2", parameters));
        assertEquals(Map.of("f_active", true, "after", "B-2"), parameters);
    }

    @Test
    void aFlagIsTrueOrFalseOnly() {
        assertEquals(new FieldError("source.filter.active", "must be true or false"), refused(Map.of("active", "yes")));
    }

    @Test
    void aChoiceNamesEveryAllowedValue() {
        assertEquals(
                new FieldError("source.filter.status", "must be active, on_hold or inactive"),
                refused(Map.of("status", "blocked")));
    }

    @Test
    void aDateIsIso() {
        assertEquals(
                new FieldError("source.filter.since", "must be a date (yyyy-mm-dd)"),
                refused(Map.of("since", "31.01.2026")));
    }

    @Test
    void anUnknownFilterNamesTheKnownOnesInOrder() {
        assertEquals(
                new FieldError(
                        "source.filter.colour", "is not a filter of thing; use [active, status, category, since]"),
                refused(Map.of("colour", "red")));
    }

    @Test
    void theSourceListsItsFiltersInOrderAndHasNoLines() {
        assertEquals(List.of("active", "status", "category", "since"), List.copyOf(THINGS.filters()));
        assertEquals(List.of(), THINGS.lineFields());
        assertEquals("thing", THINGS.type());
        assertEquals("things:read", THINGS.readPermission());
    }
}
