package dev.procura.support;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Direct look into the local S3 server the build started, to check objects and not only rows. */
public final class Objects {

    public static final String BUCKET = "procura-dev";
    private static final S3Client S3 = S3Client.builder()
            .endpointOverride(URI.create(System.getProperty("procura.s3.endpoint", "http://127.0.0.1:18080")))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("procura-local", "procura-local-only")))
            .build();

    private Objects() {}

    /** tenants/{tenantId}/files/{yyyy}/{mm}/{fileId}, the key of a file uploaded now, from its view. */
    public static String keyOf(UUID tenantId, JsonObject file) {
        var created = Instant.parse(file.getString("created_at")).atOffset(ZoneOffset.UTC);
        return String.format(
                "tenants/%s/files/%04d/%02d/%s",
                tenantId, created.getYear(), created.getMonthValue(), file.getString("id"));
    }

    public static boolean exists(String key) {
        try {
            S3.headObject(b -> b.bucket(BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    public static void delete(String key) {
        S3.deleteObject(b -> b.bucket(BUCKET).key(key));
    }

    public static byte[] get(String key) {
        return S3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
    }

    /** The keys under a prefix, in key order. */
    public static java.util.List<String> keys(String prefix) {
        return S3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
                .map(software.amazon.awssdk.services.s3.model.S3Object::key)
                .sorted()
                .toList();
    }

    public static void put(String key, byte[] content) {
        S3.putObject(b -> b.bucket(BUCKET).key(key), software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
    }
}
