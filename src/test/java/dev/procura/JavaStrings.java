package dev.procura;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, joined where the code concatenates them ({@code "a" + "b"}),
 * with the line each character came from. Comments and char literals are skipped.
 */
final class JavaStrings {

    /** One concatenated literal; {@code lines[i]} is the source line of {@code text.charAt(i)}. */
    record Sql(String text, int[] lines) {
        int lineAt(int index) {
            return lines[index];
        }
    }

    private JavaStrings() {}

    static List<Sql> sqlOf(String source) {
        List<Sql> found = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        boolean joinable = false;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += count(source, i, end, '\n');
                i = end + 2;
            } else if (c == '\'') {
                i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
            } else if (c == '"') {
                if (!joinable) {
                    flush(found, text, lines);
                }
                boolean block = source.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int end = block ? source.indexOf("\"\"\"", start) : closingQuote(source, start);
                for (int k = start; k < end; k++) {
                    text.append(source.charAt(k));
                    lines.add(line);
                    if (source.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end + (block ? 3 : 1);
                joinable = true;
            } else {
                if (!Character.isWhitespace(c) && c != '+') {
                    joinable = false;
                }
                i++;
            }
        }
        flush(found, text, lines);
        return found;
    }

    private static int closingQuote(String source, int from) {
        int i = from;
        while (source.charAt(i) != '"') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static void flush(List<Sql> found, StringBuilder text, List<Integer> lines) {
        if (!text.isEmpty()) {
            found.add(new Sql(
                    text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
        }
        text.setLength(0);
        lines.clear();
    }

    private static int count(String source, int from, int to, char wanted) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == wanted) {
                n++;
            }
        }
        return n;
    }
}
