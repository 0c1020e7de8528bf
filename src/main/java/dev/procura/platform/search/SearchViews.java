package dev.procura.platform.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the search API. */
public final class SearchViews {

    private SearchViews() {}

    @Schema(name = "SearchResults", description = "A page of hits, best first, and the matches per record type")
    public record SearchPage(
            List<HitView> items,
            int page,
            int perPage,

            @Schema(description = "Hits of the query in the types searched (all the caller may read, or `type`)")
            long total,

            @Schema(
                    description = "Hits of the query per record type the caller may read, whatever `type` says"
                            + " (0 for a type without any)")
            Map<String, Long> facets) {}

    @Schema(name = "SearchHit")
    public record HitView(
            @Schema(enumeration = {"document", "invoice", "purchase_order", "quote", "rfq", "supplier"})
            String type,

            UUID id,

            @Schema(description = "The document number, supplier code or file name")
            String code,

            @Schema(description = "The RFQ's title, the supplier's legal name or the file name; absent otherwise")
            String title,

            @Schema(
                    description = "Up to two passages where the query matched, joined by \" … \"; each match is"
                            + " marked as «match»")
            String snippet,

            @Schema(
                    description = "Relevance, higher first: the full-text rank (0–1, weighted: numbers, codes, titles"
                            + " and names above suppliers and tags, above notes and lines, above file text), plus 2"
                            + " when the code is the query, or plus 1 when it contains the query")
            double rank,

            @Schema(description = "When the record last changed")
            Instant updatedAt) {}

    @Schema(name = "SearchReindex")
    public record ReindexView(
            @Schema(description = "Records indexed, per type")
            Map<String, Long> indexed) {}
}
