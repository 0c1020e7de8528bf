import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helper of bench/search.sh (JDK and the PostgreSQL driver only). Writes a tenant's search_index with the
 * SQL of SearchIndex (its UPSERT: the four weighted to_tsvector), makes single-record updates the same
 * way, and runs the search API's two queries (SearchIndex.counts and SearchIndex.page) straight over
 * JDBC: the baseline without HTTP and the application. The SQL is copied from SearchIndex (keep them
 * in step); bench/search.sh compares the API's totals with these.
 *
 * <pre>
 *   SearchLoad load   JDBC_URL DOCS BUYING DOC_WORDS THREADS
 *   SearchLoad update JDBC_URL DOCS BUYING DOC_WORDS COUNT
 *   SearchLoad query  JDBC_URL TEXT SECONDS CONNECTIONS PER_PAGE WARMUP_SECONDS
 * </pre>
 * Prints "key value" lines (times in ms or s as named); progress goes to standard error. The URL names
 * the tenant database and its user: jdbc:postgresql://127.0.0.1:5432/tenant_…?user=postgres.
 *
 * <p>The records: DOCS documents (a file name; 1–3 tags; the file's text, DOC_WORDS words on average,
 * 0.25–1.75 times that, a fifth of them naming a purchase order number) and BUYING buying records: 2%
 * suppliers, 8% RFQs, 15% quotes, 45% purchase orders, 30% invoices, with their numbers (PO-000042),
 * suppliers' names and codes, notes and 1–8 lines, as the sources of the application write their
 * entries. Words are drawn from a vocabulary of 50,000 (about 200 common English words first, then made-up
 * words) with a Zipf distribution (s = 1). A selective term ({@value #SELECTIVE}) is in exactly 10 records,
 * spread over the types; a broad one ({@value #BROAD}) in about 30% of all records. A record's text is a
 * function of its number and revision: an update writes new text of the same kind, with the same terms.
 */
public class SearchLoad {

    static final String SELECTIVE = "quokkafoil";
    static final String BROAD = "warranty";

    // ---------------------------------------------------------------- the SQL of SearchIndex
    static final String CONFIG = "'english'";
    static final int SNIPPET_SOURCE_CHARS = 30_000;
    static final int MAX_CHARS = 100_000;
    static final int CODE_CHARS = 255;
    static final int TITLE_CHARS = 500;
    static final String HEADLINE_OPTIONS =
            "'StartSel=\"«\", StopSel=\"»\", MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"'";
    static final String UPSERT = "INSERT INTO search_index (record_type, record_id, code, title, body,"
            + " document, updated_at, indexed_at) VALUES (?1, ?2, ?3, NULLIF(?4, ''), ?5,"
            + " setweight(to_tsvector(" + CONFIG + ", ?6), 'A') || setweight(to_tsvector(" + CONFIG + ", ?7), 'B')"
            + " || setweight(to_tsvector(" + CONFIG + ", ?8), 'C') || setweight(to_tsvector(" + CONFIG + ", ?9), 'D'),"
            + " ?10, ?11) ON CONFLICT (record_type, record_id) DO UPDATE SET code = EXCLUDED.code,"
            + " title = EXCLUDED.title, body = EXCLUDED.body, document = EXCLUDED.document,"
            + " updated_at = EXCLUDED.updated_at, indexed_at = EXCLUDED.indexed_at"
            + " WHERE search_index.updated_at <= EXCLUDED.updated_at";
    static final String FROM = " FROM search_index s CROSS JOIN websearch_to_tsquery(" + CONFIG + ", ?1) tsq";
    /** The types an administrator may read, in type order, as SqlArrays.of writes them. */
    static final String TYPES = "{\"document\",\"invoice\",\"purchase_order\",\"quote\",\"rfq\",\"supplier\"}";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        switch (args[0]) {
            case "load" -> {
                check(args, 6);
                load(args[1], new Corpus(num(args[2]), num(args[3]), num(args[4])), num(args[5]));
            }
            case "update" -> {
                check(args, 6);
                update(args[1], new Corpus(num(args[2]), num(args[3]), num(args[4])), num(args[5]));
            }
            case "query" -> {
                check(args, 7);
                query(args[1], args[2], num(args[3]), num(args[4]), num(args[5]), num(args[6]));
            }
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: SearchLoad load URL DOCS BUYING DOC_WORDS THREADS | update URL DOCS BUYING DOC_WORDS COUNT"
                + " | query URL TEXT SECONDS CONNECTIONS PER_PAGE WARMUP_SECONDS");
        System.exit(2);
    }

    static void check(String[] args, int n) {
        if (args.length != n) {
            usage();
        }
    }

    static int num(String text) {
        return Integer.parseInt(text);
    }

    // ---------------------------------------------------------------- load

    static void load(String url, Corpus corpus, int threads) throws Exception {
        int total = corpus.total();
        int chunk = 500;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong bodyChars = new AtomicLong();
        AtomicInteger broad = new AtomicInteger();
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                try (Connection c = connect(url)) {
                    c.setAutoCommit(false);
                    Sql upsert = new Sql(UPSERT);
                    try (PreparedStatement insert = c.prepareStatement(upsert.jdbc())) {
                        int from;
                        while ((from = next.getAndAdd(chunk)) < total) {
                            int to = Math.min(total, from + chunk);
                            for (int g = from; g < to; g++) {
                                Entry entry = corpus.entry(g, 0, null);
                                bodyChars.addAndGet(upsert.bind(insert, entry, now));
                                if (corpus.broad(g)) {
                                    broad.incrementAndGet();
                                }
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            c.commit();
                            int d = done.addAndGet(to - from);
                            if (d / 20_000 != (d - (to - from)) / 20_000) {
                                System.err.printf(Locale.ROOT, "  loaded %,d of %,d (%.0f s)%n", d, total, seconds(t0));
                            }
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : work) {
            f.get();
        }
        double s = seconds(t0);
        System.out.println("rows " + total);
        System.out.println("documents " + corpus.docs);
        System.out.println("buying " + corpus.buying);
        System.out.println("types " + corpus.layout());
        System.out.printf(Locale.ROOT, "load_s %.1f%n", s);
        System.out.printf(Locale.ROOT, "load_rate %.0f%n", total / s);
        System.out.printf(Locale.ROOT, "body_mb %.0f%n", bodyChars.get() / 1e6);
        System.out.println("selective_term " + SELECTIVE);
        System.out.println("selective_records " + corpus.selective.size());
        System.out.println("broad_term " + BROAD);
        System.out.println("broad_records " + broad.get());
        System.out.println("vocabulary " + corpus.vocabulary.length);
    }

    // ---------------------------------------------------------------- updates

    /** COUNT records picked at random, each written again with new text, one statement per transaction. */
    static void update(String url, Corpus corpus, int count) throws Exception {
        SplittableRandom pick = new SplittableRandom(4242);
        double[] ms = new double[count];
        Sql upsert = new Sql(UPSERT);
        long t0 = System.nanoTime();
        int written = 0;
        try (Connection c = connect(url); PreparedStatement statement = c.prepareStatement(upsert.jdbc())) {
            c.setAutoCommit(true);
            for (int k = 0; k < count; k++) {
                int g = pick.nextInt(corpus.total());
                Instant now = Instant.now();
                Entry entry = corpus.entry(g, k + 1, now);
                upsert.bind(statement, entry, now);
                long s0 = System.nanoTime();
                written += statement.executeUpdate();
                ms[k] = (System.nanoTime() - s0) / 1e6;
                if ((k + 1) % 2000 == 0) {
                    System.err.printf(Locale.ROOT, "  updated %,d of %,d (%.0f s)%n", k + 1, count, seconds(t0));
                }
            }
        }
        double s = seconds(t0);
        Arrays.sort(ms);
        System.out.println("updates " + count);
        System.out.println("rows_written " + written);
        System.out.printf(Locale.ROOT, "update_s %.1f%n", s);
        System.out.printf(Locale.ROOT, "update_rate %.0f%n", count / s);
        System.out.printf(Locale.ROOT, "p50_ms %.2f%n", pct(ms, 50));
        System.out.printf(Locale.ROOT, "p95_ms %.2f%n", pct(ms, 95));
        System.out.printf(Locale.ROOT, "max_ms %.2f%n", ms[ms.length - 1]);
    }

    // ---------------------------------------------------------------- the search, without HTTP

    /**
     * SearchService.search's SQL for page 1 in a transaction: the counts per type, then (if anything
     * matched) the page with its snippets; CONNECTIONS threads, each on its own connection with its
     * statements prepared once (the driver then prepares them on the server, as for the application).
     */
    static void query(String url, String text, int seconds, int connections, int perPage, int warmup)
            throws Exception {
        boolean parts = text.codePointCount(0, text.length()) >= 3;   // SearchQuery.matchesPartsOfCodes
        String codeMatches = parts ? "lower(s.code) LIKE lower(?3) ESCAPE '\\'" : "lower(s.code) = lower(?1)";
        String where = " WHERE s.record_type = ANY (CAST(?2 AS VARCHAR[])) AND (s.document @@ tsq OR " + codeMatches + ")";
        String score = "ts_rank(s.head, tsq, 32) + CASE WHEN lower(s.code) = lower(?1) THEN 2 WHEN " + codeMatches
                + " THEN 1 ELSE 0 END";
        Sql counts = new Sql("SELECT s.record_type, COUNT(*)" + FROM + where + " GROUP BY s.record_type");
        Sql page = new Sql("SELECT i.record_type, CAST(i.record_id AS VARCHAR), i.code, i.title,"
                + " ts_headline(" + CONFIG + ", left(i.body, " + SNIPPET_SOURCE_CHARS + "), tsq, " + HEADLINE_OPTIONS
                + "), page.score, i.updated_at"
                + " FROM (SELECT s.record_type, s.record_id, s.updated_at, " + score + " AS score" + FROM + where
                + " ORDER BY score DESC, s.updated_at DESC, s.record_id LIMIT ?6 OFFSET ?7) page"
                + " JOIN search_index i ON i.record_type = page.record_type AND i.record_id = page.record_id"
                + " CROSS JOIN websearch_to_tsquery(" + CONFIG + ", ?1) tsq"
                + " ORDER BY page.score DESC, page.updated_at DESC, page.record_id");
        Map<Integer, Object> parameters = new HashMap<>();
        parameters.put(1, text);
        parameters.put(2, TYPES);
        parameters.put(3, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        parameters.put(6, perPage);
        parameters.put(7, 0L);

        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        AtomicLong totalSeen = new AtomicLong(-1);
        AtomicLong hitsSeen = new AtomicLong(-1);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<List<Double>>> work = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            work.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>();
                try (Connection c = connect(url);
                        PreparedStatement countStatement = c.prepareStatement(counts.jdbc());
                        PreparedStatement pageStatement = c.prepareStatement(page.jdbc())) {
                    c.setAutoCommit(false);
                    counts.bind(countStatement, parameters);
                    page.bind(pageStatement, parameters);
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        long total = 0;
                        try (ResultSet rs = countStatement.executeQuery()) {
                            while (rs.next()) {
                                total += rs.getLong(2);
                            }
                        }
                        int hits = 0;
                        if (total > 0) {
                            try (ResultSet rs = pageStatement.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(1);
                                    rs.getString(2);
                                    rs.getString(3);
                                    rs.getString(4);
                                    rs.getString(5);
                                    rs.getDouble(6);
                                    rs.getTimestamp(7);
                                    hits++;
                                }
                            }
                        }
                        c.commit();
                        long t1 = System.nanoTime();
                        if (t0 >= warmupEnd) {
                            ms.add((t1 - t0) / 1e6);
                        }
                        totalSeen.set(total);
                        hitsSeen.set(hits);
                    }
                }
                return ms;
            }));
        }
        pool.shutdown();
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : work) {
            all.addAll(f.get());
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no query finished within " + seconds + " s");
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("requests " + sorted.length);
        System.out.printf(Locale.ROOT, "p50_ms %.2f%n", pct(sorted, 50));
        System.out.printf(Locale.ROOT, "p95_ms %.2f%n", pct(sorted, 95));
        System.out.printf(Locale.ROOT, "p99_ms %.2f%n", pct(sorted, 99));
        System.out.printf(Locale.ROOT, "rate %.1f%n", sorted.length / (double) seconds);
        System.out.println("total " + totalSeen.get());
        System.out.println("hits " + hitsSeen.get());
    }

    // ---------------------------------------------------------------- SQL with numbered parameters

    /** A statement written with JPA's ?N parameters, as SearchIndex writes it, turned into JDBC's ?. */
    static final class Sql {
        private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
        private final String jdbc;
        private final List<Integer> order = new ArrayList<>();

        Sql(String numbered) {
            Matcher m = PARAMETER.matcher(numbered);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                order.add(Integer.parseInt(m.group(1)));
                m.appendReplacement(out, "?");
            }
            m.appendTail(out);
            jdbc = out.toString();
        }

        String jdbc() {
            return jdbc;
        }

        void bind(PreparedStatement statement, Map<Integer, Object> values) throws SQLException {
            for (int i = 0; i < order.size(); i++) {
                Object value = values.get(order.get(i));
                if (value == null) {
                    throw new IllegalArgumentException("no value for ?" + order.get(i));
                }
                statement.setObject(i + 1, value);
            }
        }

        /** Binds the UPSERT for an entry as SearchIndex.write does; returns the body's length. */
        int bind(PreparedStatement statement, Entry e, Instant now) throws SQLException {
            Map<Integer, Object> values = new HashMap<>();
            String title = e.title() == null || e.title().isBlank() ? null : cut(e.title(), TITLE_CHARS);
            Text text = Text.of(e);
            values.put(1, e.type());
            values.put(2, e.id());
            values.put(3, cut(e.code(), CODE_CHARS));
            values.put(4, title == null ? "" : title);
            values.put(5, text.body());
            values.put(6, text.names());
            values.put(7, text.parties());
            values.put(8, text.details());
            values.put(9, text.content());
            values.put(10, Timestamp.from(e.updatedAt() == null ? now : e.updatedAt()));
            values.put(11, Timestamp.from(now));
            bind(statement, values);
            return text.body().length();
        }
    }

    // ---------------------------------------------------------------- entries as SearchEntry / SearchText make them

    /** SearchEntry: code, title and the four weights, each already joined as its Builder joins them. */
    record Entry(String type, UUID id, String code, String title, String names, String parties, String details,
            String content, Instant updatedAt) {}

    /** SearchText: the weights cut to 100,000 characters together, and the body they make. */
    record Text(String names, String parties, String details, String content, String body) {
        static Text of(Entry entry) {
            int left = MAX_CHARS;
            String names = cut(entry.names(), left);
            left -= names.length();
            String parties = cut(entry.parties(), left);
            left -= parties.length();
            String details = cut(entry.details(), left);
            left -= details.length();
            String content = cut(entry.content(), left);
            return new Text(names, parties, details, content, join(List.of(names, parties, details, content)));
        }
    }

    /** SearchText.join: the texts that are not blank, stripped, each once, one per line. */
    static String join(Collection<String> texts) {
        Set<String> kept = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                String clean = text.replace('\u0000', ' ').strip();
                if (!clean.isEmpty()) {
                    kept.add(clean);
                }
            }
        }
        return String.join("\n", kept);
    }

    static String join(String... texts) {
        return join(Arrays.asList(texts));
    }

    /** SearchText.cut. */
    static String cut(String text, int max) {
        if (text == null || max <= 0) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    // ---------------------------------------------------------------- the corpus

    static final class Corpus {
        static final String[] COMMON = (
                "the of and to a in for is on that by this with you it not or be are from at as your all have new"
                + " more an was we will can us about if my has but our one other do no they he up may what which"
                + " their out use any there see only so his when here who also now get first am been would how"
                + " were me some these its like than find price back top people had list name just over year day"
                + " into two health world next used work last most products music buy data make them should"
                + " product system post her city add policy number such please available copyright support message"
                + " after best software then good well where info rights public books high school through each"
                + " links she review years order very privacy book items company read group need many user said"
                + " does set under general research university january mail full map reviews program life know"
                + " delivery invoice payment supplier contract terms quantity unit total tax net shipping goods"
                + " service services quality approval budget cost center department office equipment maintenance"
                + " schedule deadline request quote tender agreement clause party parties liability insurance"
                + " receipt storage warehouse pallet freight carrier customs import export vendor account credit"
                + " discount currency euro amount due date signed annex appendix specification technical standard"
                + " compliance audit inspection certificate safety material materials component components spare"
                + " parts repair installation training license subscription renewal period month quarter annual"
                + " project phase milestone acceptance criteria performance penalty termination notice confidential")
                .split(" ");
        static final String[] SYLLABLES = {
            "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "ba", "de", "fi", "go", "hu", "ja", "ke", "li", "mo",
            "nu", "pa", "qui", "ro", "si", "ta", "ul", "ve", "wo", "xa", "yo", "ze", "ar", "en", "is", "or", "um",
            "al", "el", "in", "on", "ur", "bri", "tro", "sk", "pl", "gra", "ston", "ber", "lin", "dor", "mak"
        };
        static final String[] DOC_KINDS = {
            "invoice-scan", "contract", "delivery-note", "quote-request", "specification", "certificate",
            "statement", "price-list", "meeting-minutes", "inspection-report", "framework-agreement", "datasheet"
        };
        static final String[] EXTENSIONS = {".pdf", ".pdf", ".pdf", ".docx", ".xlsx", ".txt", ".odt"};
        static final String[] TAGS = {
            "finance", "legal", "it", "facilities", "logistics", "hr", "marketing", "q1", "q2", "q3", "q4", "2025",
            "2026", "urgent", "archive", "signed", "draft", "supplier", "contract", "invoice", "audit", "tender"
        };
        static final String[] CATEGORIES = {
            "it", "office", "logistics", "raw-materials", "services", "maintenance", "packaging", "energy",
            "consulting", "travel", "facilities", "cleaning"
        };
        static final String[] SUFFIXES = {"Ltd", "GmbH", "S.A.", "Lda", "Inc.", "B.V.", "SAS", "AG", "Oy", "S.r.l."};
        static final String[] FIRST = {
            "Ana", "João", "Maria", "Pedro", "Sofia", "Tiago", "Inês", "Rui", "Marta", "Hugo", "Clara", "Nuno",
            "Eva", "Paulo", "Rita", "Luis", "Carla", "Bruno", "Joana", "Miguel"
        };
        static final String[] LAST = {
            "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho"
        };
        static final String[] CITIES = {
            "Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Madrid", "Sevilla", "Paris", "Lyon", "Hamburg", "Berlin",
            "Milano", "Rotterdam", "Antwerpen", "Dublin"
        };
        static final int VOCABULARY = 50_000;
        static final long SEED = 0x5EA4C4L;

        final int docs;
        final int buying;
        final int docWords;
        final int suppliers;
        final int rfqs;
        final int quotes;
        final int orders;
        final int invoices;
        final String[] vocabulary;
        final double[] cumulative;
        final Set<Integer> selective = new HashSet<>();

        Corpus(int docs, int buying, int docWords) {
            this.docs = docs;
            this.buying = buying;
            this.docWords = docWords;
            suppliers = Math.max(1, buying * 2 / 100);
            rfqs = buying * 8 / 100;
            quotes = buying * 15 / 100;
            invoices = buying * 30 / 100;
            orders = buying - suppliers - rfqs - quotes - invoices;
            if (docs < 1 || orders < 42 || docWords < 1) {
                throw new IllegalArgumentException("at least 1 document, 100 buying records and 1 word per document");
            }
            // The vocabulary: common words first, then made-up words of 2–4 syllables; never the two terms.
            LinkedHashSet<String> words = new LinkedHashSet<>(Arrays.asList(COMMON));
            SplittableRandom r = new SplittableRandom(SEED);
            while (words.size() < VOCABULARY) {
                int n = 2 + r.nextInt(3);
                StringBuilder w = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
                }
                String word = w.toString();
                if (!word.contains(SELECTIVE) && !word.contains("warrant")) {
                    words.add(word);
                }
            }
            words.remove(BROAD);
            vocabulary = words.toArray(new String[0]);
            // Zipf (s = 1): the word of rank k has a weight of 1 / k.
            cumulative = new double[vocabulary.length];
            double sum = 0;
            for (int k = 0; k < vocabulary.length; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
            for (int k = 0; k < vocabulary.length; k++) {
                cumulative[k] /= sum;
            }
            // The selective term: 10 records spread over the numbers, so over the types.
            int total = total();
            for (int k = 0; k < 10; k++) {
                selective.add((int) ((long) k * total / 10) + Math.min(17, total / 10 - 1));
            }
        }

        int total() {
            return docs + buying;
        }

        String layout() {
            return "document " + docs + ", supplier " + suppliers + ", rfq " + rfqs + ", quote " + quotes
                    + ", purchase_order " + orders + ", invoice " + invoices;
        }

        boolean broad(int g) {
            return Long.remainderUnsigned(mix(g * 0x9E3779B97F4A7C15L + 7), 1000) < 300;
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        static SplittableRandom random(long g, long salt) {
            return new SplittableRandom(mix(SEED ^ (g * 0x100000001B3L) ^ (salt * 0xC2B2AE3D27D4EB4FL)));
        }

        String word(SplittableRandom r) {
            int k = Arrays.binarySearch(cumulative, r.nextDouble());
            return vocabulary[Math.min(vocabulary.length - 1, k < 0 ? -k - 1 : k)];
        }

        /** Words in sentences. */
        String words(SplittableRandom r, int n) {
            StringBuilder b = new StringBuilder(n * 7);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(r.nextInt(12) == 0 ? ". " : " ");
                }
                b.append(word(r));
            }
            return b.append('.').toString();
        }

        static String insert(String text, String term, SplittableRandom r) {
            int at = text.indexOf(' ', r.nextInt(text.length()));
            return at < 0 ? text + " " + term : text.substring(0, at) + " " + term + text.substring(at);
        }

        /** The text of a note (or a line), with the terms of record g. */
        String withTerms(String text, int g, SplittableRandom r) {
            if (broad(g)) {
                text = insert(text, BROAD, r);
            }
            if (selective.contains(g)) {
                text = insert(text, SELECTIVE, r);
            }
            return text;
        }

        String supplierName(int s) {
            SplittableRandom r = random(s, -2);
            return capital(vocabulary[200 + r.nextInt(vocabulary.length - 200)]) + " "
                    + capital(vocabulary[200 + r.nextInt(vocabulary.length - 200)]) + " "
                    + SUFFIXES[r.nextInt(SUFFIXES.length)];
        }

        static String supplierCode(int s) {
            return String.format(Locale.ROOT, "SUP-%05d", s + 1);
        }

        static String capital(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }

        /** Lines: description and item code each, as BuyingDocumentSearch lists them. */
        void lines(List<String> details, SplittableRandom r, int g, boolean termsInFirst) {
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                String description = words(r, 3 + r.nextInt(6));
                details.add(termsInFirst && i == 0 ? withTerms(description, g, r) : description);
                details.add(String.format(Locale.ROOT, "ITM-%05d", 1 + r.nextInt(20_000)));
            }
        }

        /**
         * Record g (0 … total - 1) in revision rev (0: as loaded); updatedAt null: some time in the last two
         * years. Its type, number, code and suppliers never change; its texts do with the revision.
         */
        Entry entry(int g, int rev, Instant updatedAt) {
            SplittableRandom fixed = random(g, -1);
            SplittableRandom r = random(g, rev);
            Instant changed = updatedAt != null
                    ? updatedAt
                    : Instant.now().minus(Duration.ofMinutes(fixed.nextInt(2 * 365 * 24 * 60)));
            if (g < docs) {
                int n = g + 1;
                String filename = DOC_KINDS[fixed.nextInt(DOC_KINDS.length)] + "-" + (2023 + fixed.nextInt(4)) + "-"
                        + String.format(Locale.ROOT, "%06d", n) + EXTENSIONS[fixed.nextInt(EXTENSIONS.length)];
                List<String> tags = new ArrayList<>();
                for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
                    tags.add(TAGS[r.nextInt(TAGS.length)]);
                }
                String text = words(r, Math.max(5, (int) Math.round(docWords * (0.25 + 1.5 * r.nextDouble()))));
                if (r.nextInt(5) == 0) {
                    text = insert(text, String.format(Locale.ROOT, "PO-%06d", 1 + r.nextInt(orders)), r);
                }
                text = withTerms(text, g, r);
                return new Entry("document", id("document", n), filename, filename,
                        join(filename, filename.replaceAll("[^\\p{L}\\p{N}]+", " ").strip()), join(tags), "",
                        join(text), changed);
            }
            int h = g - docs;
            if (h < suppliers) {
                int n = h + 1;
                String code = supplierCode(h);
                String legal = supplierName(h);
                List<String> parties = new ArrayList<>();
                for (int i = 0, k = 1 + fixed.nextInt(3); i < k; i++) {
                    parties.add(CATEGORIES[fixed.nextInt(CATEGORIES.length)]);
                }
                parties.add(String.format(Locale.ROOT, "PT5%08d", n));
                List<String> details = new ArrayList<>();
                details.add(withTerms(words(r, 10 + r.nextInt(31)), g, r));
                for (int i = 0, k = 1 + fixed.nextInt(3); i < k; i++) {
                    String first = FIRST[fixed.nextInt(FIRST.length)];
                    String last = LAST[fixed.nextInt(LAST.length)];
                    details.add(first + " " + last);
                    details.add((first.charAt(0) + "." + last + "@" + code + ".example").toLowerCase(Locale.ROOT));
                }
                details.add(CITIES[fixed.nextInt(CITIES.length)]);
                return new Entry("supplier", id("supplier", n), code, legal, join(code, legal), join(parties),
                        join(details), "", changed);
            }
            h -= suppliers;
            String type;
            String number;
            int n;
            if (h < rfqs) {
                type = "rfq";
                n = h + 1;
                number = String.format(Locale.ROOT, "RFQ-%06d", n);
            } else if ((h -= rfqs) < quotes) {
                type = "quote";
                n = h + 1;
                number = String.format(Locale.ROOT, "Q-%06d", n);
            } else if ((h -= quotes) < orders) {
                type = "purchase_order";
                n = h + 1;
                number = String.format(Locale.ROOT, "PO-%06d", n);
            } else {
                h -= orders;
                type = "invoice";
                n = h + 1;
                number = String.format(Locale.ROOT, "INV-%06d", n);
            }
            String title = type.equals("rfq") ? capital(words(r, 3 + fixed.nextInt(4)).replace(".", "")) : null;
            List<String> parties = new ArrayList<>();
            for (int i = 0, k = type.equals("rfq") ? 1 + fixed.nextInt(3) : 1; i < k; i++) {
                int s = fixed.nextInt(suppliers);
                parties.add(supplierName(s));
                parties.add(supplierCode(s));
            }
            if (type.equals("quote")) {
                parties.add(String.format(Locale.ROOT, "SQ-%d/%d", 2025 + fixed.nextInt(2), n));
            } else if (type.equals("invoice")) {
                parties.add(String.format(Locale.ROOT, "F%d/%05d", 2025 + fixed.nextInt(2), n));
            }
            List<String> details = new ArrayList<>();
            if (!type.equals("invoice")) {   // invoices have no notes: the terms go into their first line
                details.add(withTerms(words(r, 10 + r.nextInt(31)), g, r));
            }
            lines(details, r, g, type.equals("invoice"));
            return new Entry(type, id(type, n), number, title, join(number, title), join(parties), join(details), "",
                    changed);
        }

        static UUID id(String type, int n) {
            return UUID.nameUUIDFromBytes((type + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- plumbing

    static Connection connect(String url) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(url, new Properties());
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, i - 1))];
    }
}
