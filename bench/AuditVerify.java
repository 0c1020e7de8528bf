import dev.procura.platform.audit.AuditChain;
import dev.procura.platform.audit.AuditEntry;
import dev.procura.platform.audit.AuditSigner;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Chain verification benchmark of bench/audit.sh: appends ENTRIES audit entries to a throwaway
 * database through {@link AuditChain#append} in batches (one transaction each, as the sealer
 * appends), signs a checkpoint every CHECKPOINT_EVERY entries through {@link AuditChain#checkpoint},
 * then times {@link AuditChain#verify} (in a transaction, autocommit off) against its floor: a plain
 * SELECT streaming every row as text, in the same order and with the same fetch size, and one SHA-256
 * of each row's text. Drops the database at the end.
 *
 * <p>Usage (class path: WEB-INF/classes of the WAR under test and the project's dependencies):
 * <pre>
 *   java -Xmx512m -cp … bench/AuditVerify.java jdbc:postgresql://127.0.0.1:5432/ DATABASE ENTRIES BATCH CHECKPOINT_EVERY RUNS
 * </pre>
 * DATABASE must not exist (a-z, 0-9, _); it is created and dropped, on the server of the URL, as the
 * user postgres (trust authentication). The schema is the tenant changelog (Liquibase, as
 * ThrowawayDatabase#migrated applies it); if that cannot run, the two tables and their indexes of
 * 011-audit.sql. Prints "key value" lines (times in seconds, the runs comma-separated); progress goes
 * to standard error.
 *
 * <p>The entries look like sealed data edits: one of a few actions (purchase orders, suppliers,
 * documents, invoices, approvals), 40 actors, 20,000 records, a changes JSON of 2 fields as
 * ChangeCapture writes it, details of about 200 bytes, a client address and a request id.
 */
public class AuditVerify {

    /** AuditChain.verify's fetch size; the baseline streams with the same. */
    static final int FETCH_SIZE = 5000;

    static final String[] ACTIONS = {
        "purchase_order.updated", "purchase_order.updated", "purchase_order.updated", "purchase_order.created",
        "supplier.updated", "document.uploaded", "document.downloaded", "invoice.created", "approval.decided",
        "rfq.updated"
    };
    static final String[] FIELDS = {"notes", "total", "quantity", "payment_terms", "expected_delivery_date", "status"};

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: AuditVerify JDBC_SERVER_URL DATABASE ENTRIES BATCH CHECKPOINT_EVERY RUNS");
            System.exit(2);
        }
        String server = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String database = args[1];
        long entries = Long.parseLong(args[2]);
        int batch = Integer.parseInt(args[3]);
        int checkpointEvery = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        if (!database.matches("[a-z_][a-z0-9_]{0,62}") || entries < 1 || batch < 1 || checkpointEvery < 1 || runs < 1) {
            throw new IllegalArgumentException("bad arguments: " + Arrays.toString(args));
        }
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        try (Connection admin = connect(server + "postgres", login);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        try {
            run(server + database, login, entries, batch, checkpointEvery, runs);
        } finally {
            try (Connection admin = connect(server + "postgres", login);
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            System.err.println("dropped database " + database);
        }
    }

    static void run(String url, Properties login, long entries, int batch, int checkpointEvery, int runs)
            throws Exception {
        // Liquibase may leave its connection in any state: it gets one of its own.
        try (Connection migrating = connect(url, login)) {
            System.out.println("schema " + schema(migrating));
        }
        try (Connection c = connect(url, login)) {
            Checkpoints checkpoints = checkpoints();
            System.out.println("signer " + checkpoints.how());

            // ------------------------------------------------------------ append
            c.setAutoCommit(false);
            AuditChain.Head head = AuditChain.head(c);
            Drafts drafts = new Drafts();
            long signed = 0;
            long t0 = System.nanoTime();
            long nextReport = 100_000;
            while (head.seq() < entries) {
                int n = (int) Math.min(batch, entries - head.seq());
                List<AuditEntry.Draft> chunk = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    chunk.add(drafts.next());
                }
                Instant now = Instant.now();
                List<AuditEntry> appended = AuditChain.append(c, AuditChain.Trail.TENANT, head, chunk, now);
                for (AuditEntry e : appended) {
                    if (e.seq() % checkpointEvery == 0) {
                        checkpoints.write(c, new AuditChain.Head(e.seq(), e.chainHash()), now);
                        signed++;
                    }
                }
                AuditEntry last = appended.get(appended.size() - 1);
                head = new AuditChain.Head(last.seq(), last.chainHash());
                c.commit();
                if (head.seq() >= nextReport) {
                    System.err.printf(Locale.ROOT, "  appended %,d entries (%.0f s)%n", head.seq(), secondsSince(t0));
                    nextReport += 100_000;
                }
            }
            double appendSeconds = secondsSince(t0);
            System.out.println("entries " + head.seq());
            System.out.printf(Locale.ROOT, "append_s %.1f%n", appendSeconds);
            System.out.printf(Locale.ROOT, "append_rate %.0f%n", head.seq() / appendSeconds);
            System.out.println("checkpoints " + signed);
            System.out.printf(Locale.ROOT, "avg_changes_bytes %.0f%n", drafts.changesBytes / (double) drafts.count);
            System.out.printf(Locale.ROOT, "avg_details_bytes %.0f%n", drafts.detailsBytes / (double) drafts.count);
            // As autovacuum leaves an append-only table: hint bits set, visibility map and statistics up to
            // date (VACUUM runs outside a transaction block).
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE audit_log");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pg_relation_size('audit_log'),"
                            + " pg_total_relation_size('audit_log')")) {
                rs.next();
                System.out.printf(Locale.ROOT, "table_mb %.0f%n", rs.getLong(1) / 1048576.0);
                System.out.printf(Locale.ROOT, "total_mb %.0f%n", rs.getLong(2) / 1048576.0);
            }
            c.commit();

            // ------------------------------------------------------------ verify vs baseline, in turns
            List<Double> verifySeconds = new ArrayList<>();
            List<Double> baselineSeconds = new ArrayList<>();
            AuditChain.Verification result = null;
            for (int run = 1; run <= runs; run++) {
                long b0 = System.nanoTime();
                long rows = baseline(c);
                baselineSeconds.add(secondsSince(b0));
                c.rollback();
                if (rows != head.seq()) {
                    throw new IllegalStateException("the baseline read " + rows + " rows, not " + head.seq());
                }
                long v0 = System.nanoTime();
                result = AuditChain.verify(c, AuditChain.Trail.TENANT);
                verifySeconds.add(secondsSince(v0));
                c.rollback();
                System.err.printf(Locale.ROOT, "  run %d: verify %.1f s, baseline %.1f s%n",
                        run, verifySeconds.get(run - 1), baselineSeconds.get(run - 1));
            }
            System.out.println("intact " + result.intact());
            System.out.println("checked " + result.entriesChecked());
            System.out.println("checkpoints_verified " + result.checkpointsVerified());
            System.out.println("unsigned " + result.unsignedEntries());
            if (result.firstBreak() != null) {
                System.out.println("break " + result.firstBreak().seq() + ": " + result.firstBreak().reason());
            }
            System.out.println("verify_runs " + join(verifySeconds));
            System.out.println("baseline_runs " + join(baselineSeconds));
            if (!result.intact() || result.entriesChecked() != head.seq()) {
                throw new IllegalStateException("the chain did not verify whole: " + result);
            }
        }
    }

    /**
     * The floor of any verification: every row, in seq order, streamed with the same fetch size in a
     * transaction, and one SHA-256 of its text (the row's PostgreSQL text form).
     */
    static long baseline(Connection c) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        int sink = 0;
        try (PreparedStatement walk = c.prepareStatement("SELECT a::text FROM audit_log a ORDER BY seq")) {
            walk.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    sink += sha.digest(rs.getString(1).getBytes(StandardCharsets.UTF_8))[0];
                    rows++;
                }
            }
        }
        if (sink == Integer.MIN_VALUE) {
            System.err.println("(unlikely)");
        }
        return rows;
    }

    /** The tenant changelog, as the tests' ThrowawayDatabase applies it; else the audit tables alone. */
    static String schema(Connection c) throws SQLException {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        java.io.PrintStream out = System.out;
        try {
            System.setOut(System.err);   // Liquibase's summary is no figure: standard output stays "key value" lines
            dev.procura.platform.persistence.Migrations.apply(c, "db/tenant/changelog.xml");
            return "tenant changelog (Liquibase)";
        } catch (Exception | LinkageError e) {
            System.err.println("The tenant changelog could not be applied (" + e + "); creating the audit tables"
                    + " of 011-audit.sql only");
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } finally {
            System.setOut(out);
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS audit_log, audit_checkpoints CASCADE");
            s.execute("""
                    CREATE TABLE audit_log (
                        seq             BIGINT PRIMARY KEY,
                        event_id        UUID NOT NULL UNIQUE,
                        occurred_at     TIMESTAMPTZ NOT NULL,
                        recorded_at     TIMESTAMPTZ NOT NULL,
                        actor_id        UUID,
                        on_behalf_of    UUID,
                        action          VARCHAR(100) NOT NULL,
                        entity_type     VARCHAR(60) NOT NULL,
                        entity_id       VARCHAR(100) NOT NULL,
                        changes         TEXT,
                        details         TEXT,
                        client_address  VARCHAR(45),
                        request_id      VARCHAR(64),
                        related         TEXT[] NOT NULL,
                        content_hash    CHAR(64) NOT NULL,
                        prev_hash       CHAR(64) NOT NULL,
                        chain_hash      CHAR(64) NOT NULL
                    )""");
            s.execute("CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq DESC)");
            s.execute("CREATE INDEX audit_log_action_idx ON audit_log (action, seq DESC)");
            s.execute("CREATE INDEX audit_log_time_idx ON audit_log (occurred_at)");
            s.execute("CREATE INDEX audit_log_related_idx ON audit_log USING GIN (related)");
            s.execute("""
                    CREATE TABLE audit_checkpoints (
                        seq             BIGINT PRIMARY KEY,
                        chain_hash      CHAR(64) NOT NULL,
                        signed_at       TIMESTAMPTZ NOT NULL,
                        key_id          VARCHAR(64) NOT NULL,
                        public_key      TEXT NOT NULL,
                        signature       TEXT NOT NULL
                    )""");
        }
        return "the audit tables of 011-audit.sql (the changelog could not run)";
    }

    // ---------------------------------------------------------------- checkpoints

    /** Writes checkpoints: through AuditChain.checkpoint with the application's signer, or with a key of our own. */
    interface Checkpoints {
        String how();

        void write(Connection c, AuditChain.Head head, Instant now) throws Exception;
    }

    /**
     * AuditSigner's key comes from injected configuration (package-private fields, a package-private
     * {@code @PostConstruct}): set by reflection to a random seed of this run. If that fails, the
     * checkpoint rows are signed here with an Ed25519 key of our own, over the message AuditSigner signs,
     * and inserted as AuditChain.checkpoint inserts them (verify checks them the same way).
     */
    static Checkpoints checkpoints() {
        byte[] seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        try {
            AuditSigner signer = new AuditSigner();
            set(signer, "mode", "dev");
            set(signer, "seed", Optional.of(Base64.getEncoder().encodeToString(seed)));
            set(signer, "seedLocation", Optional.empty());
            set(signer, "devKeyFile", "/nonexistent/bench-audit-key");
            Method load = AuditSigner.class.getDeclaredMethod("load");
            load.setAccessible(true);
            load.invoke(signer);
            return new Checkpoints() {
                @Override
                public String how() {
                    return "AuditSigner (key " + signer.keyId() + ", a random seed of this run) through AuditChain.checkpoint";
                }

                @Override
                public void write(Connection c, AuditChain.Head head, Instant now) throws SQLException {
                    AuditChain.checkpoint(c, head, signer, now);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.err.println("AuditSigner cannot be set up from here (" + e + "); signing with a key of our own");
        }
        try {
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
            String keyId = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
            return new Checkpoints() {
                @Override
                public String how() {
                    return "own Ed25519 key " + keyId + ", rows inserted directly (AuditSigner could not be set up)";
                }

                @Override
                public void write(Connection c, AuditChain.Head head, Instant now) throws Exception {
                    Signature signature = Signature.getInstance("Ed25519");
                    signature.initSign(keys.getPrivate());
                    signature.update(("procura-audit-checkpoint:" + head.seq() + ":" + head.chainHash())
                            .getBytes(StandardCharsets.UTF_8));
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_checkpoints (seq,"
                            + " chain_hash, signed_at, key_id, public_key, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
                        insert.setLong(1, head.seq());
                        insert.setString(2, head.chainHash());
                        insert.setTimestamp(3, Timestamp.from(now));
                        insert.setString(4, keyId);
                        insert.setString(5, publicKey);
                        insert.setString(6, Base64.getEncoder().encodeToString(signature.sign()));
                        insert.executeUpdate();
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("no Ed25519 signer", e);
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    // ---------------------------------------------------------------- entries

    /** Drafts of sealed data edits, from a fixed seed; one a minute or so over the last years. */
    static final class Drafts {
        final SplittableRandom random = new SplittableRandom(20_260_101L);
        final UUID[] actors = new UUID[40];
        final UUID[] records = new UUID[20_000];
        final UUID[] suppliers = new UUID[500];
        Instant clock = Instant.now().minus(Duration.ofDays(800));
        long count;
        long changesBytes;
        long detailsBytes;

        Drafts() {
            for (int i = 0; i < actors.length; i++) {
                actors[i] = uuid();
            }
            for (int i = 0; i < records.length; i++) {
                records[i] = uuid();
            }
            for (int i = 0; i < suppliers.length; i++) {
                suppliers[i] = uuid();
            }
        }

        UUID uuid() {
            long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
            long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
            return new UUID(hi, lo);
        }

        AuditEntry.Draft next() {
            count++;
            clock = clock.plusMillis(1 + random.nextInt(120_000));
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String type = action.substring(0, action.indexOf('.'));
            int record = random.nextInt(records.length);
            String id = records[record].toString();
            String number = String.format(Locale.ROOT, "PO-%06d", record + 1);
            String f1 = FIELDS[random.nextInt(FIELDS.length)];
            String f2 = FIELDS[(Arrays.asList(FIELDS).indexOf(f1) + 1 + random.nextInt(FIELDS.length - 1)) % FIELDS.length];
            String changes = "[" + change(type, id, f1) + "," + change(type, id, f2) + "]";
            String details = "{\"" + type + "_id\":\"" + id + "\",\"number\":\"" + number + "\",\"total\":"
                    + String.format(Locale.ROOT, "%.2f", 50 + random.nextDouble() * 20_000)
                    + ",\"currency\":\"EUR\",\"cost_center\":\"CC-" + (100 + random.nextInt(40)) + "\",\"supplier_id\":\""
                    + suppliers[random.nextInt(suppliers.length)] + "\",\"status\":\"draft\"}";
            changesBytes += changes.length();
            detailsBytes += details.length();
            return new AuditEntry.Draft(
                    uuid(),
                    clock,
                    null,
                    actors[random.nextInt(actors.length)],
                    null,
                    action,
                    type,
                    id,
                    changes,
                    details,
                    "10.20." + random.nextInt(256) + "." + random.nextInt(256),
                    Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE),
                    List.of(type + ":" + id));
        }

        /** One field as ChangeCapture.toJson writes it. */
        private String change(String type, String id, String field) {
            String before;
            String after;
            switch (field) {
                case "notes" -> {
                    before = "Deliver to dock " + random.nextInt(9) + " before noon";
                    after = "Deliver to dock " + random.nextInt(9) + ", call ahead";
                }
                case "total" -> {
                    before = String.format(Locale.ROOT, "%.2f", random.nextDouble() * 20_000);
                    after = String.format(Locale.ROOT, "%.2f", random.nextDouble() * 20_000);
                }
                case "quantity" -> {
                    before = Integer.toString(1 + random.nextInt(50));
                    after = Integer.toString(1 + random.nextInt(50));
                }
                case "payment_terms" -> {
                    before = "NET " + (15 * (1 + random.nextInt(4)));
                    after = "NET " + (15 * (1 + random.nextInt(4)));
                }
                case "expected_delivery_date" -> {
                    before = "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                    after = "2026-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(10);
                }
                default -> {
                    before = "draft";
                    after = "pending_approval";
                }
            }
            return "{\"entity_type\":\"" + type + "\",\"entity_id\":\"" + id + "\",\"field\":\"" + field
                    + "\",\"before\":\"" + before + "\",\"after\":\"" + after + "\"}";
        }
    }

    /** The driver itself, not DriverManager: this class and the driver come from different class loaders. */
    static Connection connect(String url, Properties login) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(url, login);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }

    static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String join(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(","));
    }
}
