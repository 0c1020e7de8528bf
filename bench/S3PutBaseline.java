import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Baseline of bench/documents.sh: one PutObject of a file with the AWS SDK v2, built like the
 * server's BlobStore (UrlConnection HTTP client, same timeouts, path-style, static credentials,
 * RequestBody.fromFile, the content type the server sends for random bytes).
 * Usage: java -cp '<sdk jars>/*' bench/S3PutBaseline.java ENDPOINT BUCKET ACCESS_KEY SECRET_KEY WARMUP_FILE FILE KEY
 * One untimed PUT of WARMUP_FILE first (class loading, connection), then the timed PUT of FILE;
 * both objects are deleted again. Prints "seconds bytes" of the timed PUT.
 */
public class S3PutBaseline {
    public static void main(String[] args) throws Exception {
        String bucket = args[1];
        Path warmup = Path.of(args[4]);
        Path file = Path.of(args[5]);
        String key = args[6];
        String type = "application/octet-stream";
        try (S3Client s3 = S3Client.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(args[2], args[3])))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)).build())
                .forcePathStyle(true).endpointOverride(URI.create(args[0])).build()) {
            s3.putObject(b -> b.bucket(bucket).key(key + ".warmup").contentType(type), RequestBody.fromFile(warmup));
            long start = System.nanoTime();
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(type), RequestBody.fromFile(file));
            long end = System.nanoTime();
            long stored = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
            if (stored != Files.size(file)) {
                throw new IllegalStateException("stored " + stored + " bytes of " + Files.size(file));
            }
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            s3.deleteObject(b -> b.bucket(bucket).key(key + ".warmup"));
            System.out.printf("%.3f %d%n", (end - start) / 1e9, stored);
        }
    }
}
