package dev.procura.typelists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the type lists API. */
public final class TypeListViews {

    private TypeListViews() {}

    @Schema(name = "TypeList")
    public record TypeListView(
            UUID id, String code, String name, String description, Instant createdAt, Instant updatedAt) {
        static TypeListView of(TypeList list) {
            return new TypeListView(
                    list.id(), list.code(), list.name(), list.description(), list.createdAt(), list.updatedAt());
        }
    }

    @Schema(name = "TypeListWithValues")
    public record TypeListDetails(
            UUID id,
            String code,
            String name,
            String description,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "In order: sort_order, then code")
            List<TypeListValueView> values) {
        static TypeListDetails of(TypeList list, List<TypeListValue> values) {
            return new TypeListDetails(
                    list.id(),
                    list.code(),
                    list.name(),
                    list.description(),
                    list.createdAt(),
                    list.updatedAt(),
                    values.stream().map(TypeListValueView::of).toList());
        }
    }

    @Schema(name = "TypeListValue")
    public record TypeListValueView(
            UUID id,
            UUID listId,
            String code,
            String label,
            int sortOrder,
            boolean active,

            @Schema(description = "Absent for a top-level value")
            UUID parentId,

            Instant createdAt,
            Instant updatedAt) {
        static TypeListValueView of(TypeListValue value) {
            return new TypeListValueView(
                    value.id(),
                    value.listId(),
                    value.code(),
                    value.label(),
                    value.sortOrder(),
                    value.isActive(),
                    value.parentId(),
                    value.createdAt(),
                    value.updatedAt());
        }
    }
}
