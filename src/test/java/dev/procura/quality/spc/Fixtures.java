package dev.procura.quality.spc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the published data sets under src/test/resources/spc (comment lines name the source; a header row follows). */
final class Fixtures {

    private static final Pattern COMMA = Pattern.compile(",");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private Fixtures() {}

    /** Each row's columns after the first (the sample number) form one subgroup. */
    static List<Sample> samples(String name) {
        List<Sample> samples = new ArrayList<>();
        for (String[] row : rows(name)) {
            List<Double> values =
                    Arrays.stream(row, 1, row.length).map(Double::valueOf).toList();
            samples.add(new Sample(at(samples.size()), values));
        }
        return samples;
    }

    /** Rows of sample, count, inspected. */
    static List<Count> counts(String name) {
        List<Count> counts = new ArrayList<>();
        for (String[] row : rows(name)) {
            counts.add(new Count(at(counts.size()), Long.parseLong(row[1]), Long.parseLong(row[2])));
        }
        return counts;
    }

    static Instant at(int index) {
        return START.plusSeconds(1800L * index);
    }

    private static List<String[]> rows(String name) {
        InputStream stream = Fixtures.class.getResourceAsStream("/spc/" + name);
        if (stream == null) {
            throw new IllegalStateException("missing test resource spc/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> COMMA.split(line.trim()))
                    .toList();
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
