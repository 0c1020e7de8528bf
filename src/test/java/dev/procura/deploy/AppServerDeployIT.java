package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/deploy-app-server.md followed to the letter: a plain server made by {@code server create}
 * in the build's Liberty, given only the kit {@code ./mvnw package} writes to target/deploy (the
 * configDropins fragment, the JDBC driver, settings from server.env.example in server.env) and
 * the WAR; in production mode, on its own ports and control database, with no Kafka of the main
 * test server's (its consumers and relay must not see this server's events). A user registers,
 * logs in, creates a tenant and reads it back.
 */
class AppServerDeployIT {

    private static final String NAME = "procura-deploy";
    private static final int HTTP = 5021;
    private static final int HTTPS = 5022;
    private static final String DATABASE = "procura_deploy_it";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern FAILED = Pattern.compile("CWWKZ000[24]E|CWWKZ0012I");
    private static final Pattern VARIABLE = Pattern.compile("<variable name=\"([^\"]+)\" value=\"([^\"]*)\"/>");

    private final Path wlp = Path.of(System.getProperty("procura.liberty.dir", "target/liberty/wlp"))
            .toAbsolutePath();
    private final Path dir = wlp.resolve("usr/servers").resolve(NAME);
    private final Path kit = Path.of("target/deploy");
    private final List<String> tenantDatabases = new ArrayList<>();

    @Test
    void aPlainLibertyServerWithTheDocumentedPiecesServesLoginAndTenants() throws Exception {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        try {
            assemble();
            server("start");
            String base = "http://localhost:" + HTTP;
            awaitReady(base);

            String email = Accounts.uniqueEmail();
            Api.requestAt(base, "POST", "/api/v1/auth/register")
                    .json(Accounts.registration(email, Accounts.PASSWORD))
                    .send()
                    .expect(201);
            String token = Api.requestAt(base, "POST", "/api/v1/auth/login")
                    .json(Json.createObjectBuilder()
                            .add("email", email)
                            .add("password", Accounts.PASSWORD)
                            .build())
                    .send()
                    .expect(200)
                    .json()
                    .getString("access_token");
            JsonObject created = Api.requestAt(base, "POST", "/api/v1/tenants")
                    .token(token)
                    .json(Json.createObjectBuilder().add("name", "Deployed Ltd").build())
                    .send()
                    .expect(201)
                    .json();
            tenantDatabases.add("tenant_" + created.getString("id").replace("-", ""));
            JsonObject read = Api.requestAt(base, "GET", "/api/v1/tenants/" + created.getString("id"))
                    .token(token)
                    .send()
                    .expect(200)
                    .json();
            assertEquals("Deployed Ltd", read.getString("name"));

            String log = Files.readString(dir.resolve("logs/messages.log"));
            assertTrue(log.contains("Procura starting in PROD mode"), "production mode");
            assertTrue(log.contains("WITHOUT TLS to PostgreSQL"), "the warning of procura.db.allow-insecure");
        } finally {
            server("stop");
            for (String database : tenantDatabases) {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                admin("DROP ROLE IF EXISTS " + database);
            }
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /** The guide's steps: server create, the fragment in configDropins, the driver in lib, the WAR in apps, server.env. */
    private void assemble() throws IOException, InterruptedException {
        server("stop");
        deleteTree(dir);
        server("create");
        // The operator's own server.xml: its ports, and no Java EE 8 feature (the template's jsp-2.3).
        Path serverXml = dir.resolve("server.xml");
        Files.writeString(
                serverXml,
                Files.readString(serverXml)
                        .replaceAll("\\s*<feature>jsp-2.3</feature>", "")
                        .replace("httpPort=\"9080\"", "httpPort=\"" + HTTP + "\"")
                        .replace("httpsPort=\"9443\"", "httpsPort=\"" + HTTPS + "\""));
        Files.createDirectories(dir.resolve("configDropins/overrides"));
        Files.createDirectories(dir.resolve("lib"));
        Files.createDirectories(dir.resolve("apps"));
        Files.copy(kit.resolve("procura-server.xml"), dir.resolve("configDropins/overrides/procura-server.xml"));
        Files.copy(kit.resolve("lib/postgresql.jar"), dir.resolve("lib/postgresql.jar"));
        Files.copy(
                Path.of(System.getProperty("procura.war", "target/procura.war")),
                dir.resolve("apps/procura.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("server.env"), serverEnv());
    }

    /** server.env.example with this machine's values: every name set comes from the example. */
    private String serverEnv() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PROCURA_DB_URL", SERVER + DATABASE);
        values.put("PROCURA_DB_USER", "postgres");
        values.put("PROCURA_DB_PASSWORD", "unused-with-trust-auth");
        // The local PostgreSQL has no TLS: production must be told explicitly.
        values.put("PROCURA_DB_SSLMODE", "disable");
        values.put("PROCURA_DB_ALLOW_INSECURE", "true");
        values.put("PROCURA_TENANTS_MASTER_KEY", randomKey());
        values.put("PROCURA_AUDIT_SIGNING_KEY", randomKey());
        values.put("PROCURA_JWT_SIGNING_KEY_LOCATION", signingKeyFile().toString());
        values.put("PROCURA_ADMIN_EMAIL", "deploy-admin@example.com");
        values.put("PROCURA_ADMIN_PASSWORD", Accounts.PASSWORD);
        // No broker: the main test server's consumers must not see this server's events.
        values.put("PROCURA_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:5029");
        values.put("PROCURA_WORKER_ENABLED", "false");
        values.put("PROCURA_BCRYPT_COST", "4");
        values.put("PROCURA_TENANTS_CONNECTION_BUDGET", "6");
        values.put("PROCURA_DB_POOL_MAX", "6");
        Map<String, String> mainServer = mainServerVariables();
        values.put("PROCURA_S3_ENDPOINT", mainServer.get("procura.s3.endpoint"));
        values.put("PROCURA_S3_ACCESS_KEY", mainServer.get("procura.s3.access-key"));
        values.put("PROCURA_S3_SECRET_KEY", mainServer.get("procura.s3.secret-key"));
        values.put("PROCURA_S3_BUCKET", mainServer.get("procura.s3.bucket"));
        values.put("PROCURA_SMTP_HOST", "127.0.0.1");
        values.put("PROCURA_SMTP_PORT", "3025");
        values.put("PROCURA_SMTP_STARTTLS", "false");

        String example = Files.readString(kit.resolve("server.env.example"));
        StringBuilder env = new StringBuilder();
        values.forEach((name, value) -> {
            assertTrue(example.contains(name + "="), name + " is not in server.env.example");
            env.append(name).append('=').append(value).append('\n');
        });
        return env.toString();
    }

    private Map<String, String> mainServerVariables() throws IOException {
        Path first = wlp.resolve("usr/servers").resolve(System.getProperty("procura.server.name", "procura"));
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(
                Files.readString(first.resolve("configDropins/overrides/liberty-plugin-variable-config.xml")));
        while (m.find()) {
            variables.put(m.group(1), m.group(2));
        }
        return variables;
    }

    private Path signingKeyFile() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(
                                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path file = dir.resolve("jwt-signing-key.pem");
            Files.writeString(file, pem);
            return file.toAbsolutePath();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private void server(String action) throws IOException, InterruptedException {
        if (!"create".equals(action) && !Files.exists(dir.resolve("server.xml"))) {
            return;
        }
        ProcessBuilder command = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("usr/servers")
                        .resolve(NAME + "-commands.out")
                        .toFile()));
        command.environment().remove("WLP_USER_DIR");
        command.environment().remove("WLP_OUTPUT_DIR");
        int exit = command.start().waitFor();
        if (!"stop".equals(action) && exit != 0) {
            throw new IllegalStateException("server " + action + " " + NAME + " exited with " + exit);
        }
    }

    /** Ready within 80 s, or fails at once with the server's errors when the application did not start. */
    private void awaitReady(String base) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(80).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (applicationFailed()) {
                throw new IllegalStateException(NAME + " did not start procura:\n" + errors());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(NAME + " not ready after 80 s:\n" + errors());
    }

    /** CWWKZ0002E/0004E/0012I: the application failed or was not started (Liberty keeps running). */
    private boolean applicationFailed() throws IOException {
        Path log = dir.resolve("logs/messages.log");
        return Files.exists(log) && FAILED.matcher(Files.readString(log)).find();
    }

    private String errors() throws IOException {
        Path log = dir.resolve("logs/messages.log");
        if (!Files.exists(log)) {
            return "no " + log;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" E ") || line.startsWith("Caused by"))
                            .limit(20)
                            .collect(java.util.stream.Collectors.joining("\n"))
                    + "\n(see " + log + ")";
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (var paths = Files.walk(tree)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
