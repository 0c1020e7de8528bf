package dev.procura.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second Procura server beside the one under test, assembled the way the container image is
 * (server.xml and jvm.options from liberty/, the packaged WAR in apps/, the JDBC driver in lib/)
 * and configured the way the Helm chart does it: only environment variables, here the same
 * settings as the first server's, on another port.
 */
public final class SecondServer implements AutoCloseable {

    public static final String NAME = "procura-b";
    private static final Pattern VARIABLE = Pattern.compile("<variable name=\"([^\"]+)\" value=\"([^\"]*)\"/>");

    private final Path wlp;
    private final int port;

    private SecondServer(Path wlp, int port) {
        this.wlp = wlp;
        this.port = port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public static SecondServer start(int port) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("procura.liberty.dir", "target/liberty/wlp"))
                .toAbsolutePath();
        Path first = wlp.resolve("usr/servers").resolve(System.getProperty("procura.server.name", "procura"));
        Path dir = wlp.resolve("usr/servers").resolve(NAME);
        SecondServer server = new SecondServer(wlp, port);
        server.stop();
        deleteTree(dir);
        Files.createDirectories(dir.resolve("apps"));
        Files.createDirectories(dir.resolve("lib"));
        // What the Containerfile copies, from where the build put it.
        Files.copy(Path.of("liberty/server.xml"), dir.resolve("server.xml"));
        Files.copy(Path.of("liberty/jvm.options"), dir.resolve("jvm.options"));
        Files.copy(
                Path.of(System.getProperty("procura.war", "target/procura.war")),
                dir.resolve("apps/procura.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(first.resolve("lib/postgresql.jar"), dir.resolve("lib/postgresql.jar"));

        Map<String, String> environment = new HashMap<>();
        String variables =
                Files.readString(first.resolve("configDropins/overrides/liberty-plugin-variable-config.xml"));
        Matcher m = VARIABLE.matcher(variables);
        while (m.find()) {
            environment.put(environmentName(m.group(1)), m.group(2));
        }
        environment.put("PROCURA_HTTP_PORT", String.valueOf(port));
        environment.put("PROCURA_TENANTS_CONNECTION_BUDGET", "12");
        environment.put("PROCURA_DB_POOL_MAX", "8");
        ProcessBuilder start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", NAME)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("start.out").toFile());
        start.environment().remove("WLP_USER_DIR");
        start.environment().remove("WLP_OUTPUT_DIR");
        start.environment().putAll(environment);
        if (start.start().waitFor() != 0) {
            throw new IllegalStateException("server start " + NAME + " failed; see " + dir.resolve("start.out"));
        }
        server.awaitReady(Duration.ofMinutes(4));
        return server;
    }

    /** procura.tenants.server.main.url → PROCURA_TENANTS_SERVER_MAIN_URL, as the chart names them. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(NAME + " not ready after " + timeout + "; see its logs under " + wlp);
    }

    /** Kills the server's JVM at once (SIGKILL): nothing of it runs on, as when its machine dies. */
    public void kill() throws IOException, InterruptedException {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid").resolve(NAME + ".pid"))
                .trim();
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + pid + " failed");
        }
        // Gone once its port no longer answers.
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/live"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException gone) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(NAME + " still answers after kill -9");
    }

    public void stop() throws IOException, InterruptedException {
        Path dir = wlp.resolve("usr/servers").resolve(NAME);
        if (!Files.exists(dir.resolve("server.xml"))) {
            return;
        }
        ProcessBuilder stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.environment().remove("WLP_USER_DIR");
        stop.environment().remove("WLP_OUTPUT_DIR");
        stop.start().waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
