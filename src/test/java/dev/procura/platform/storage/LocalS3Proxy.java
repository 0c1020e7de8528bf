package dev.procura.platform.storage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3Proxy of the test's own (filesystem store in a temporary directory, port 28181), set up as
 * scripts/services.sh sets up the build's, and stopped through its process handle. The jar is
 * services/target/s3proxy/s3proxy.jar or S3Proxy 4.1.0 in the local Maven repository; without
 * either the tests are skipped.
 */
final class LocalS3Proxy implements BeforeAllCallback, AfterAllCallback {

    static final String ACCESS_KEY = "procura-unit";
    static final String SECRET_KEY = "procura-unit-only";
    private static final int PORT = 28181;

    private Path dir;
    private Process process;
    private S3Client client;

    String endpoint() {
        return "http://127.0.0.1:" + PORT;
    }

    /** A client of its own, to look at the store behind the code under test. */
    S3Client client() {
        return client;
    }

    private static Path jar() {
        List<Path> candidates = List.of(
                Path.of("services/target/s3proxy/s3proxy.jar"),
                Path.of(
                        System.getProperty("user.home"),
                        ".m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path jar = jar();
        Assumptions.assumeTrue(
                jar != null, "no S3Proxy jar: run scripts/services.sh once, or the build's package phase");
        try {
            new ServerSocket(PORT, 1, InetAddress.getLoopbackAddress()).close();
        } catch (IOException inUse) {
            throw new IllegalStateException(
                    "Port " + PORT + " is in use; this test starts its own S3Proxy there", inUse);
        }
        dir = Files.createTempDirectory("procura-s3proxy-");
        Files.createDirectories(dir.resolve("data"));
        Path conf = Files.writeString(
                dir.resolve("s3proxy.conf"),
                String.join(
                        "\n",
                        "s3proxy.endpoint=" + endpoint(),
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS_KEY,
                        "s3proxy.credential=" + SECRET_KEY,
                        "s3proxy.ignore-unknown-headers=true",
                        "jclouds.provider=filesystem-nio2",
                        "jclouds.filesystem.basedir=" + dir.resolve("data"),
                        "jclouds.identity=unused",
                        "jclouds.credential=unused",
                        ""));
        process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar.toString(),
                        "--properties",
                        conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile())
                .start();
        awaitReady();
        client = S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** Ready when an anonymous request is refused (403). */
    private void awaitReady() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int i = 0; i < 120; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited: " + Files.readString(dir.resolve("s3proxy.log")));
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(endpoint() + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 403) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("S3Proxy did not start: " + Files.readString(dir.resolve("s3proxy.log")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client != null) {
            client.close();
        }
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
