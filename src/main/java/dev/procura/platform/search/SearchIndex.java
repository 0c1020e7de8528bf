package dev.procura.platform.search;

import dev.procura.platform.persistence.SqlArrays;
import dev.procura.platform.persistence.SqlValues;
import dev.procura.platform.search.SearchViews.HitView;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The tenant's search index ({@code search_index}): one row per record with its weighted text
 * vector, written from {@link SearchEntry entries} and queried with PostgreSQL full-text search
 * ({@code websearch_to_tsquery}, ranked by {@code ts_rank} of its A/B part) or by its code (whole, or in part
 * through the trigram index). Snippets ({@code ts_headline}) are made for the returned page only.
 */
@ApplicationScoped
public class SearchIndex {

    /** The text search configuration of every vector and query. */
    static final String CONFIG = "'english'";
    /** The marks around each match in a snippet: plain text, safe wherever the snippet is shown. */
    static final String MATCH_START = "«";

    static final String MATCH_END = "»";

    /** Snippets are cut from a record's first characters only: ts_headline parses all the text it is given. */
    static final int SNIPPET_SOURCE_CHARS = 30_000;

    static final int CODE_CHARS = 255;
    static final int TITLE_CHARS = 500;
    private static final String HEADLINE_OPTIONS = "'StartSel=\"" + MATCH_START + "\", StopSel=\"" + MATCH_END
            + "\", MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"'";

    private static final String UPSERT = "INSERT INTO search_index (record_type, record_id, code, title, body,"
            + " document, updated_at, indexed_at) VALUES (?1, ?2, ?3, NULLIF(?4, ''), ?5,"
            + " setweight(to_tsvector(" + CONFIG + ", ?6), 'A') || setweight(to_tsvector(" + CONFIG + ", ?7), 'B')"
            + " || setweight(to_tsvector(" + CONFIG + ", ?8), 'C') || setweight(to_tsvector(" + CONFIG + ", ?9), 'D'),"
            + " ?10, ?11) ON CONFLICT (record_type, record_id) DO UPDATE SET code = EXCLUDED.code,"
            + " title = EXCLUDED.title, body = EXCLUDED.body, document = EXCLUDED.document,"
            + " updated_at = EXCLUDED.updated_at, indexed_at = EXCLUDED.indexed_at"
            // A slower writer that read the record before a later change does not put the older entry back.
            + " WHERE search_index.updated_at <= EXCLUDED.updated_at";

    /** Writes the entry of a record, replacing the one it had (a rebuild: every entry is written). */
    public void upsert(TenantTx tx, SearchEntry entry) {
        write(tx, entry, SearchText.of(entry));
    }

    /**
     * Writes the entry of a record unless the index holds it as it is. Returns whether its
     * searchable text changed (its code, title or any of its texts), which other records' entries
     * may show; a change of its time alone is written and reported as no change.
     */
    public boolean refresh(TenantTx tx, SearchEntry entry) {
        SearchText text = SearchText.of(entry);
        List<?> rows = tx.em()
                .createNativeQuery("SELECT code, title, body, updated_at FROM search_index"
                        + " WHERE record_type = ?1 AND record_id = ?2")
                .setParameter(1, entry.type())
                .setParameter(2, entry.id())
                .getResultList();
        Object[] stored = rows.isEmpty() ? null : (Object[]) rows.get(0);
        boolean textChanged = stored == null
                || !Objects.equals(stored[0], code(entry))
                || !Objects.equals(stored[1], title(entry))
                || !Objects.equals(stored[2], text.body());
        if (textChanged || !updatedAt(tx, entry).equals(SqlValues.instant(stored[3]))) {
            write(tx, entry, text);
        }
        return textChanged;
    }

    private void write(TenantTx tx, SearchEntry entry, SearchText text) {
        String title = title(entry);
        tx.em()
                .createNativeQuery(UPSERT)
                .setParameter(1, entry.type())
                .setParameter(2, entry.id())
                .setParameter(3, code(entry))
                .setParameter(4, title == null ? "" : title)
                .setParameter(5, text.body())
                .setParameter(6, text.names())
                .setParameter(7, text.parties())
                .setParameter(8, text.details())
                .setParameter(9, text.content())
                .setParameter(10, Timestamp.from(updatedAt(tx, entry)))
                .setParameter(11, Timestamp.from(tx.now()))
                .executeUpdate();
    }

    private static String code(SearchEntry entry) {
        return SearchText.cut(entry.code(), CODE_CHARS);
    }

    /** The title as stored: none rather than an empty one. */
    private static String title(SearchEntry entry) {
        return entry.title() == null || entry.title().isBlank() ? null : SearchText.cut(entry.title(), TITLE_CHARS);
    }

    private static Instant updatedAt(TenantTx tx, SearchEntry entry) {
        return entry.updatedAt() == null ? tx.now() : entry.updatedAt();
    }

    /** Removes the entry of a record that is gone. */
    public void delete(TenantTx tx, String type, UUID id) {
        tx.em()
                .createNativeQuery("DELETE FROM search_index WHERE record_type = ?1 AND record_id = ?2")
                .setParameter(1, type)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Removes the entries of a type not written since {@code before}: what a rebuild did not find. */
    public int deleteIndexedBefore(TenantTx tx, String type, Instant before) {
        return tx.em()
                .createNativeQuery("DELETE FROM search_index WHERE record_type = ?1 AND indexed_at < ?2")
                .setParameter(1, type)
                .setParameter(2, Timestamp.from(before))
                .executeUpdate();
    }

    /** How many records of each of these types the query matches (types without a match are absent). */
    public Map<String, Long> counts(TenantTx tx, SearchQuery query, Collection<String> types, ZoneId zone) {
        Match match = Match.of(query, types, zone);
        Query counting = tx.em()
                .createNativeQuery(
                        "SELECT s.record_type, COUNT(*)" + Match.FROM + match.where() + " GROUP BY s.record_type");
        match.bind(counting, Map.of());
        Map<String, Long> counts = new HashMap<>();
        for (Object row : counting.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /**
     * The hits of the query in these types, best first (then the most recently changed), from
     * {@code offset}: the page is chosen first, and only its rows get a snippet.
     */
    public List<HitView> page(
            TenantTx tx, SearchQuery query, Collection<String> types, ZoneId zone, long offset, int limit) {
        Match match = Match.of(query, types, zone);
        Query paging = tx.em()
                .createNativeQuery("SELECT i.record_type, CAST(i.record_id AS VARCHAR), i.code, i.title,"
                        + " ts_headline(" + CONFIG + ", left(i.body, " + SNIPPET_SOURCE_CHARS + "), tsq, "
                        + HEADLINE_OPTIONS + "), page.score, i.updated_at"
                        + " FROM (SELECT s.record_type, s.record_id, s.updated_at, " + match.score() + " AS score"
                        + Match.FROM + match.where()
                        + " ORDER BY score DESC, s.updated_at DESC, s.record_id LIMIT ?6 OFFSET ?7) page"
                        + " JOIN search_index i ON i.record_type = page.record_type AND i.record_id = page.record_id"
                        + " CROSS JOIN websearch_to_tsquery(" + CONFIG + ", ?1) tsq"
                        + " ORDER BY page.score DESC, page.updated_at DESC, page.record_id");
        match.bind(paging, Map.of(6, limit, 7, offset));
        List<HitView> hits = new ArrayList<>();
        for (Object row : paging.getResultList()) {
            Object[] columns = (Object[]) row;
            hits.add(new HitView(
                    (String) columns[0],
                    UUID.fromString((String) columns[1]),
                    (String) columns[2],
                    (String) columns[3],
                    (String) columns[4],
                    ((Number) columns[5]).doubleValue(),
                    SqlValues.instant(columns[6])));
        }
        return hits;
    }

    /**
     * Which rows a query matches: of the given types, whose vector matches the text or whose code
     * contains it (is it, for a text too short for trigrams), last changed within the days asked.
     * Parameters: ?1 the text, ?2 the types, ?3 the code pattern, ?4 and ?5 the time bounds.
     */
    private record Match(String codeMatches, String where, Map<Integer, Object> parameters) {

        static final String FROM = " FROM search_index s CROSS JOIN websearch_to_tsquery(" + CONFIG + ", ?1) tsq";

        static Match of(SearchQuery query, Collection<String> types, ZoneId zone) {
            Map<Integer, Object> parameters = new HashMap<>();
            parameters.put(1, query.text());
            parameters.put(2, SqlArrays.of(types));
            String codeMatches;
            if (query.matchesPartsOfCodes()) {
                codeMatches = "lower(s.code) LIKE lower(?3) ESCAPE '\\'";
                parameters.put(3, query.codePattern());
            } else {
                codeMatches = "lower(s.code) = lower(?1)";
            }
            StringBuilder where = new StringBuilder(" WHERE s.record_type = ANY (CAST(?2 AS VARCHAR[]))")
                    .append(" AND (s.document @@ tsq OR ")
                    .append(codeMatches)
                    .append(')');
            Instant start = query.start(zone);
            if (start != null) {
                where.append(" AND s.updated_at >= ?4");
                parameters.put(4, Timestamp.from(start));
            }
            Instant end = query.end(zone);
            if (end != null) {
                where.append(" AND s.updated_at < ?5");
                parameters.put(5, Timestamp.from(end));
            }
            return new Match(codeMatches, where.toString(), parameters);
        }

        /** The full-text rank (0–1), plus 2 for a code that is the text, or 1 for one that contains it. */
        String score() {
            // the rank of the A/B part only (head): reading every hit's whole vector made a broad term
            // cost seconds; hits that match only in notes or file text rank 0 and fall to recency
            return "ts_rank(s.head, tsq, 32) + CASE WHEN lower(s.code) = lower(?1) THEN 2 WHEN " + codeMatches
                    + " THEN 1 ELSE 0 END";
        }

        void bind(Query query, Map<Integer, Object> more) {
            parameters.forEach(query::setParameter);
            more.forEach(query::setParameter);
        }
    }
}
