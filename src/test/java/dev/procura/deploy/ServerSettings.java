package dev.procura.deploy;

import dev.procura.platform.config.EnvironmentVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings the server reads, found in its sources: server.xml variables and references,
 * microprofile-config.properties keys and the properties their values refer to, and every
 * {@code "procura…"} / {@code "mp…"} string literal in src/main/java. An environment variable
 * reaches the server only if it is one of these under the MicroProfile Config / Liberty name
 * rule, a per-server tenant setting, or a platform variable that Liberty, the JVM or the
 * OpenTelemetry SDK reads.
 */
final class ServerSettings {

    /** Read by Liberty (logging) and by the OpenTelemetry SDK inside mpTelemetry, not by Procura. */
    static final Set<String> PLATFORM_VARIABLES = Set.of(
            "WLP_LOGGING_CONSOLE_FORMAT",
            "WLP_LOGGING_CONSOLE_SOURCE",
            "WLP_LOGGING_CONSOLE_LOGLEVEL",
            "WLP_LOGGING_MESSAGE_FORMAT",
            "WLP_LOGGING_MESSAGE_SOURCE",
            "JAVA_TOOL_OPTIONS",
            "TZ",
            "OTEL_SDK_DISABLED",
            "OTEL_SERVICE_NAME",
            "OTEL_RESOURCE_ATTRIBUTES",
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            "OTEL_EXPORTER_OTLP_PROTOCOL",
            "OTEL_EXPORTER_OTLP_HEADERS",
            "OTEL_TRACES_EXPORTER",
            "OTEL_METRICS_EXPORTER",
            "OTEL_LOGS_EXPORTER",
            "OTEL_TRACES_SAMPLER",
            "OTEL_TRACES_SAMPLER_ARG");

    private static final Pattern SERVER_XML_VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(:[^}]*)?}");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:procura|mp)\\.[a-z0-9.-]*[a-z0-9])\"?");

    private final Set<String> names;
    private final String serverXml;

    private ServerSettings(Set<String> names, String serverXml) {
        this.names = names;
        this.serverXml = serverXml;
    }

    static ServerSettings scan() {
        Set<String> names = new TreeSet<>();
        String serverXml = read(Path.of("liberty/server.xml"));
        collect(SERVER_XML_VARIABLE, serverXml, names);
        collect(REFERENCE, serverXml, names);
        String properties = read(Path.of("src/main/resources/META-INF/microprofile-config.properties"));
        properties
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .forEach(line -> names.add(line.substring(0, line.indexOf('=')).strip()));
        collect(REFERENCE, properties, names);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .forEach(path -> collect(JAVA_LITERAL, read(path), names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerSettings(names, serverXml);
    }

    Set<String> names() {
        return names;
    }

    /** Whether the server (or the platform it runs on) reads an environment variable of this name. */
    boolean reads(String variable, Collection<String> tenantServers) {
        if (PLATFORM_VARIABLES.contains(variable)) {
            return true;
        }
        if (names.stream().anyMatch(name -> EnvironmentVariables.nameOf(name).equals(variable))) {
            return true;
        }
        return tenantServers.stream()
                .flatMap(server -> Stream.of("url", "user", "password")
                        .map(part -> "procura.tenants.server." + server + "." + part))
                .filter(name -> names.contains("procura.tenants.server"))
                .anyMatch(name -> EnvironmentVariables.nameOf(name).equals(variable));
    }

    /** The default of a server.xml variable, e.g. {@code procura.http.port}. */
    String serverXmlDefault(String variable) {
        Matcher matcher = Pattern.compile(
                        "<variable\\s+name=\"" + Pattern.quote(variable) + "\"\\s+defaultValue=\"([^\"]*)\"")
                .matcher(serverXml);
        if (!matcher.find()) {
            throw new AssertionError("server.xml has no default for " + variable);
        }
        return matcher.group(1);
    }

    private static void collect(Pattern pattern, String text, Set<String> names) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
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
