package dev.procura;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL in src/main/java names another package's tables. A table belongs to the package whose
 * entities map it ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}); failing that, to
 * the package whose classes write it (every table platform's SQL names is platform's); failing
 * that, to the package whose repositories query it. Two packages with the same claim fail.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/procura");
    private static final Pattern MAPPED =
            Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern NAMED =
            Pattern.compile("(?i:\\b(FROM|JOIN|INTO|UPDATE))[ \\t\\r\\n]+([a-z_][a-z0-9_]*)(?![\\w.])");
    /** Only SQL as this code base writes it (keywords in capitals) claims a table; prose never does. */
    private static final Pattern STATEMENT = Pattern.compile("\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\\b");

    /** A table named in a string literal: where, whether the statement writes it, whether it is SQL for sure. */
    record Use(String owner, Path file, int line, String table, boolean writes, boolean statement) {
        @Override
        public String toString() {
            return SOURCES.relativize(file) + ":" + line;
        }
    }

    @Test
    void noSqlNamesAnotherPackagesTables() {
        List<Use> uses = uses();
        Map<String, String> owners = owners(uses);
        List<String> violations = new ArrayList<>();
        for (Use use : uses) {
            String owner = owners.get(use.table());
            if (owner != null && !owner.equals(use.owner())) {
                violations.add(use + ": " + use.table() + " belongs to " + owner);
            }
        }
        assertTrue(violations.isEmpty(), "SQL naming another package's tables:\n" + String.join("\n", violations));
    }

    @Test
    void everyTableHasOneOwnerFromItsMappingOrItsSql() {
        Map<String, String> owners = owners(uses());
        assertEquals("orders", owners.get("purchase_orders"));
        assertEquals("costcentres", owners.get("cost_centres"));
        assertEquals("orders", owners.get("receipt_lines"));
        assertEquals("invoices", owners.get("invoice_lines"));
        assertEquals("rfqs", owners.get("quote_lines"));
        assertEquals("suppliers", owners.get("supplier_standings"));
        assertEquals("identity", owners.get("users"));
        assertEquals("procurement", owners.get("document_sequences"));
        assertEquals("platform", owners.get("outbox"));
        assertEquals("platform", owners.get("processed_events"));
        assertEquals("platform", owners.get("batch_jobexecution"));
    }

    /** Table to owning package: mapping first, then writers (and platform), then repositories that query it. */
    static Map<String, String> owners(List<Use> uses) {
        Map<String, String> owners = new TreeMap<>(mapped());
        claim(
                owners,
                uses.stream()
                        .filter(u -> u.statement() && (u.writes() || u.owner().equals("platform")))
                        .toList());
        claim(
                owners,
                uses.stream()
                        .filter(u -> u.statement()
                                && u.file().getFileName().toString().endsWith("Repository.java"))
                        .toList());
        return owners;
    }

    /** Gives each table not yet owned to the one package claiming it; two claimants fail, with where they claim it. */
    private static void claim(Map<String, String> owners, List<Use> claims) {
        Map<String, TreeMap<String, Use>> claimants = new TreeMap<>();
        claims.stream()
                .filter(u -> !owners.containsKey(u.table()))
                .forEach(u -> claimants
                        .computeIfAbsent(u.table(), t -> new TreeMap<>())
                        .putIfAbsent(u.owner(), u));
        List<String> disputed = new ArrayList<>();
        claimants.forEach((table, packages) -> {
            if (packages.size() > 1) {
                disputed.add(table + " is claimed by " + packages);
            }
            owners.put(table, packages.firstKey());
        });
        assertTrue(disputed.isEmpty(), "Tables with more than one owner:\n" + String.join("\n", disputed));
    }

    private static Map<String, String> mapped() {
        Map<String, String> mapped = new TreeMap<>();
        for (Path file : javaFiles()) {
            Matcher m = MAPPED.matcher(read(file));
            while (m.find()) {
                String previous = mapped.put(m.group(1), ownerOf(file));
                assertTrue(
                        previous == null || previous.equals(ownerOf(file)), m.group(1) + " is mapped by two packages");
            }
        }
        return mapped;
    }

    static List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (Path file : javaFiles()) {
            for (JavaStrings.Sql sql : JavaStrings.sqlOf(read(file))) {
                Matcher m = NAMED.matcher(sql.text());
                while (m.find()) {
                    boolean writes =
                            (!m.group(1).equalsIgnoreCase("FROM") && !m.group(1).equalsIgnoreCase("JOIN"))
                                    || sql.text().substring(0, m.start()).matches("(?is).*\\bDELETE\\s*");
                    boolean statement = STATEMENT.matcher(sql.text()).find()
                            && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT));
                    uses.add(new Use(ownerOf(file), file, sql.lineAt(m.start(2)), m.group(2), writes, statement));
                }
            }
        }
        return uses;
    }

    /** The package after dev.procura: a capability, procurement or platform. */
    static String ownerOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
