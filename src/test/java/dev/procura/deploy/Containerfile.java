package dev.procura.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The repository's Containerfile as instructions per stage (continuation lines joined). */
final class Containerfile {

    static final Path FILE = Path.of("Containerfile");

    /** One instruction, e.g. {@code COPY --from=build /build/target/procura.war /config/apps/procura.war}. */
    record Instruction(String stage, String keyword, List<String> arguments) {

        Optional<String> flag(String name) {
            return arguments.stream()
                    .filter(a -> a.startsWith("--" + name + "="))
                    .map(a -> a.substring(name.length() + 3))
                    .findFirst();
        }

        /** COPY sources and destination, without flags. */
        List<String> paths() {
            return arguments.stream().filter(a -> !a.startsWith("--")).toList();
        }

        String text() {
            return keyword + " " + String.join(" ", arguments);
        }
    }

    private final List<Instruction> instructions;

    private Containerfile(List<Instruction> instructions) {
        this.instructions = instructions;
    }

    static Containerfile read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> instructions = new ArrayList<>();
        String stage = null;
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
                continue;
            }
            List<String> words = Arrays.asList(current.toString().trim().split("\\s+", -1));
            current.setLength(0);
            String keyword = words.get(0).toUpperCase(Locale.ROOT);
            if (keyword.equals("FROM")) {
                int as = words.indexOf("AS");
                stage = as > 0 ? words.get(as + 1) : words.get(1);
            }
            instructions.add(new Instruction(stage, keyword, words.subList(1, words.size())));
        }
        return new Containerfile(instructions);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The stage an image is built from last: the one the image runs. */
    String finalStage() {
        return instructions.get(instructions.size() - 1).stage();
    }
}
