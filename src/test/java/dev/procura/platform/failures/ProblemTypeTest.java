package dev.procura.platform.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of problem types: well formed, used by the code, and documented in
 * docs/problems.md, which is rendered from it. After changing {@link ProblemType}, run
 * {@code ./mvnw -o test -Dtest=ProblemTypeTest -Dprocura.problems.write=true} and commit the file.
 */
class ProblemTypeTest {

    private static final Path DOCUMENT = Path.of("docs", "problems.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @Test
    void docsProblemsMdIsTheCatalogue() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("procura.problems.write")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertEquals(
                rendered,
                committed,
                "docs/problems.md differs from the ProblemType enum: run ./mvnw -o test -Dtest=ProblemTypeTest"
                        + " -Dprocura.problems.write=true and commit the file");
    }

    @Test
    void slugsAreUniqueLowercaseKebabAndTheConstantsNames() {
        Set<String> slugs = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertTrue(KEBAB.matcher(type.slug()).matches(), () -> "not lowercase-kebab: " + type.slug());
            assertTrue(slugs.add(type.slug()), () -> "slug used twice: " + type.slug());
            assertEquals(type.name().toLowerCase(Locale.ROOT).replace('_', '-'), type.slug(), type::name);
            assertEquals("https://procura.dev/problems/" + type.slug(), type.uri());
        }
    }

    @Test
    void everyTypeIsAnErrorStatusWithATitleAndASentenceOnWhenItIsUsed() {
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.status() >= 400 && type.status() <= 599, type::name);
            assertFalse(type.title().isBlank(), type::name);
            assertFalse(type.when().isBlank(), type::name);
            assertTrue(type.when().endsWith("."), () -> type.name() + ": end the sentence with a full stop");
            assertFalse(type.when().contains("\n"), type::name);
            for (String member : type.members()) {
                assertTrue(SNAKE.matcher(member).matches(), () -> type.name() + ": not snake_case: " + member);
            }
        }
    }

    /** Types are listed by status, so the page reads in order. */
    @Test
    void typesAreListedByStatus() {
        List<Integer> statuses =
                Arrays.stream(ProblemType.values()).map(ProblemType::status).toList();
        assertEquals(statuses.stream().sorted().toList(), statuses);
    }

    /** No type is documented that the code never answers with. */
    @Test
    void everyTypeIsNamedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            code = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("ProblemType.java")))
                    .map(ProblemTypeTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> unused = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            if (!Pattern.compile("\\bProblemType\\." + type.name() + "\\b")
                    .matcher(code)
                    .find()) {
                unused.add(type.name());
            }
        }
        assertEquals(List.of(), unused, "types no code answers with; remove them or use them");
    }

    @Test
    void everyKindHasAStatusOfItsOwn() {
        Set<Integer> statuses = new HashSet<>();
        for (Failure.Kind kind : Failure.Kind.values()) {
            assertTrue(statuses.add(kind.status()), kind::name);
        }
    }

    @Test
    void aFailureRefusesATypeOfAnotherKind() {
        assertThrows(IllegalArgumentException.class, () -> new Failure.Conflict(ProblemType.FORBIDDEN, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Failure.Forbidden(ProblemType.EMAIL_TAKEN, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Failure.Unauthorized(ProblemType.MALFORMED_JSON, "x"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Failure.TooManyRequests(ProblemType.UNAVAILABLE, "x", Duration.ofSeconds(1)));
        assertEquals(ProblemType.LAST_ADMIN, new Failure.Conflict(ProblemType.LAST_ADMIN, "x").type());
        assertEquals(ProblemType.INVALID_ENCODING, new Failure.MalformedBody(ProblemType.INVALID_ENCODING, "x").type());
    }

    @Test
    void factsAreMembersTheTypeDocuments() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Failure.Conflict(ProblemType.EMAIL_TAKEN, "x", Map.of("email", "a@b.c")));
        assertEquals(
                Map.of("valid_until", "2026-01-31"),
                new Failure.Conflict(ProblemType.QUOTE_EXPIRED, "x", Map.of("valid_until", "2026-01-31")).facts());
        Failure transition = new Failure.InvalidTransition("RFQ R-1", "draft", "awarded");
        assertTrue(ProblemType.INVALID_TRANSITION
                .members()
                .containsAll(transition.facts().keySet()));
    }

    static String render() {
        StringBuilder page = new StringBuilder();
        page.append("""
                # Problem types

                <!-- Rendered from dev.procura.platform.failures.ProblemType by ProblemTypeTest, which fails
                     when the two differ: edit the enum, then run
                     ./mvnw -o test -Dtest=ProblemTypeTest -Dprocura.problems.write=true -->

                Every error the API answers is `application/problem+json`
                ([RFC 9457](https://www.rfc-editor.org/rfc/rfc9457)), with these members:

                - `type`: the problem type, `https://procura.dev/problems/<slug>`, one of the types below.
                  Clients branch on it (or on `status`), never on `title` or `detail`. The URI names the
                  type; it is not meant to be fetched.
                - `title`: the type's title, the same for every problem of the type.
                - `status`: the HTTP status of the answer, always the type's.
                - `detail`: what happened this time, in words for people.
                - `instance`: reserved for the request's path; not sent today.
                - `request_id`: the request's id, as in the `X-Request-Id` header, when known; quote it when
                  reporting a problem.
                - `errors`: only in `validation` problems, every field at fault, named as in the request
                  (snake_case paths such as `lines[2].quantity`):
                  `[{"field": "email", "message": "must be a well-formed email address"}]`.
                - Extension members: some types state the facts behind the problem in members of their
                  own, beside the others (e.g. `current_status`); they are listed with the type.

                Headers: 401 answers carry `WWW-Authenticate: Bearer`; 429 and 503 answers carry
                `Retry-After` (seconds) when the wait is known; 405 answers carry `Allow`.

                The types are the enum `dev.procura.platform.failures.ProblemType`, the only way the code
                can name one: services throw a `Failure` of a type, the web layer answers
                `Problem.of(type, detail)`. Two refusals happen before the application and are not
                problem+json: a single header field above 32 KiB (an empty 400 from Liberty's HTTP
                channel) and a path that climbs above the root (the web container's HTML 400).

                | Slug | Type URI | Status | Title | When it is used |
                |------|----------|--------|-------|-----------------|
                """);
        for (ProblemType type : ProblemType.values()) {
            String when = type.when();
            if (!type.members().isEmpty()) {
                when += " Members: "
                        + type.members().stream().map(m -> "`" + m + "`").collect(Collectors.joining(", ")) + ".";
            }
            page.append("| `")
                    .append(type.slug())
                    .append("` | `")
                    .append(type.uri())
                    .append("` | ")
                    .append(type.status())
                    .append(" | ")
                    .append(cell(type.title()))
                    .append(" | ")
                    .append(cell(when))
                    .append(" |\n");
        }
        return page.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
