package dev.procura.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of reports. */
public final class ReportRequests {

    private ReportRequests() {}

    static final String FORMATS = "csv|xlsx|pdf|docx|json";
    static final String KEY = "[a-z][a-z0-9_]*";

    @Schema(
            name = "ReportDefinition",
            description = "A dataset of GET /reports/datasets, what to show of it and how. Without group_by the"
                    + " report lists the dataset's rows (columns, default: every field); with group_by it has one"
                    + " row per group, its columns the group's fields and the aggregates. Aggregates without"
                    + " group_by give one row for all rows.")
    public record Define(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 500) String description,

            @NotBlank @Size(max = 60) @Schema(description = "A dataset key", example = "purchase_order_line")
            String dataset,

            @Size(max = 60) @Schema(description = "Fields of the dataset in output order (ungrouped reports only)")
            List<@NotBlank @Size(max = 80) String> columns,

            @Size(max = 20)
            @Schema(description = "The dataset's own filters (GET /reports/datasets), applied as records are read")
            Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> filters,

            @Size(max = 20) @Schema(description = "Conditions on fields; all must hold")
            List<@NotNull @Valid Condition> conditions,

            @Size(max = 10) @Schema(description = "Fields to group by, in order")
            List<@NotBlank @Size(max = 80) String> groupBy,

            @Size(max = 20) List<@NotNull @Valid Aggregate> aggregates,

            @Size(max = 5) @Schema(description = "Output columns to sort by; default: the dataset's order")
            List<@NotNull @Valid Sort> sort,

            @Min(1) @Max(1_000_000) @Schema(description = "At most this many rows (after sorting)")
            Integer limit,

            @Pattern(regexp = FORMATS)
            @Schema(
                    description = "The default output format; default xlsx",
                    enumeration = {"csv", "xlsx", "pdf", "docx", "json"})
            String format,

            @Size(max = 35) @Schema(description = "BCP 47 tag numbers and dates are shown in; default en")
            String locale) {}

    @Schema(name = "ReportCondition")
    public record Condition(
            @NotBlank @Size(max = 80) String field,

            @NotBlank
            @Pattern(regexp = "eq|ne|gt|ge|lt|le|contains|empty|not_empty")
            @Schema(
                    description = "contains: text, ignoring case; empty/not_empty take no value",
                    enumeration = {"eq", "ne", "gt", "ge", "lt", "le", "contains", "empty", "not_empty"})
            String op,

            @Size(max = 200) @Schema(description = "Read as the field's type: a number, yyyy-mm-dd, an instant, true")
            String value) {}

    @Schema(name = "ReportAggregate")
    public record Aggregate(
            @NotBlank
            @Pattern(regexp = "count|sum|avg|min|max")
            @Schema(enumeration = {"count", "sum", "avg", "min", "max"})
            String function,

            @Size(max = 80) @Schema(description = "The field; count without one counts rows, sum and avg need a number")
            String field,

            @Size(max = 80)
            @Pattern(regexp = KEY)
            @Schema(description = "The output column's key; default function_field, e.g. sum_total_amount")
            String as) {}

    @Schema(name = "ReportSort")
    public record Sort(
            @NotBlank @Size(max = 80) @Schema(description = "An output column")
            String field,

            @Pattern(regexp = "asc|desc")
            @Schema(
                    enumeration = {"asc", "desc"},
                    description = "Default asc")
            String direction) {}

    @Schema(name = "ReportExecutionRequest")
    public record Execute(
            @Pattern(regexp = FORMATS)
            @Schema(
                    description = "Default: the report's format",
                    enumeration = {"csv", "xlsx", "pdf", "docx", "json"})
            String format) {}
}
