package dev.procura.platform.storage;

import dev.procura.platform.failures.Failure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Objects in any S3-compatible store ({@code procura.s3.*}). Failures to reach the store become
 * 503 problems, so no caller writes rows for an object that is not there.
 */
@ApplicationScoped
public class BlobStore implements UploadTarget {

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());

    @Inject
    @ConfigProperty(name = "procura.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "procura.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "procura.s3.bucket", defaultValue = "procura")
    String bucket;

    @Inject
    @ConfigProperty(name = "procura.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "procura.s3.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "procura.s3.presign-ttl", defaultValue = "PT10M")
    Duration presignTtl;

    private S3Client client;
    private S3Presigner presigner;
    private volatile boolean bucketReady;

    @PostConstruct
    void connect() {
        AwsCredentialsProvider credentials = accessKey.isPresent() && secretKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .forcePathStyle(endpoint.isPresent());
        var presign = S3Presigner.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(endpoint.isPresent())
                        .build());
        endpoint.ifPresent(uri -> {
            builder.endpointOverride(URI.create(uri));
            presign.endpointOverride(URI.create(uri));
        });
        client = builder.build();
        presigner = presign.build();
        ensureBucket();
    }

    /** Creates the bucket when it is missing and we may; an operator's bucket is left as it is. */
    private void ensureBucket() {
        try {
            client.headBucket(b -> b.bucket(bucket));
            bucketReady = true;
        } catch (SdkException missing) {
            try {
                client.createBucket(b -> b.bucket(bucket));
                bucketReady = true;
                LOG.info("Created bucket " + bucket);
            } catch (SdkException e) {
                LOG.warning("Bucket " + bucket + " is not reachable now (" + e.getMessage()
                        + "); uploads answer 503 until it is");
            }
        }
    }

    @Override
    public void put(String key, String contentType, ChunkedBytes bytes) {
        ensureBucketReady();
        try {
            client.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), body(bytes));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    // The SDK checksums every part by default; AWS S3 then completes the upload only if the
    // algorithm was named when it started and each part's checksum is named again on completion.
    @Override
    public String startMultipart(String key, String contentType) {
        ensureBucketReady();
        try {
            return client.createMultipartUpload(b -> b.bucket(bucket)
                            .key(key)
                            .contentType(contentType)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32))
                    .uploadId();
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    @Override
    public StoredPart putPart(String key, String uploadId, int partNumber, ChunkedBytes bytes) {
        try {
            UploadPartResponse stored = client.uploadPart(
                    b -> b.bucket(bucket)
                            .key(key)
                            .uploadId(uploadId)
                            .partNumber(partNumber)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32),
                    body(bytes));
            return new StoredPart(partNumber, stored.eTag(), stored.checksumCRC32());
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<StoredPart> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(part -> CompletedPart.builder()
                        .partNumber(part.partNumber())
                        .eTag(part.etag())
                        .checksumCRC32(part.crc32())
                        .build())
                .toList();
        try {
            client.completeMultipartUpload(
                    b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(completed)));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        try {
            client.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** A new stream over the caller's bytes for each attempt: the SDK neither copies them nor needs mark/reset. */
    private static RequestBody body(ChunkedBytes bytes) {
        return RequestBody.fromContentProvider(bytes::newStream, bytes.length(), "application/octet-stream");
    }

    private void ensureBucketReady() {
        if (!bucketReady) {
            ensureBucket();
        }
    }

    public InputStream open(String key) {
        try {
            return client.getObject(
                    GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (NoSuchKeyException e) {
            throw new Failure.NotFound("The stored content is missing");
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    public boolean exists(String key) {
        try {
            client.headObject(
                    HeadObjectRequest.builder().bucket(bucket).key(key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** Keys under {@code prefix} with when each was last written, page by page. */
    public java.util.Map<String, java.time.Instant> list(String prefix) {
        java.util.Map<String, java.time.Instant> keys = new java.util.LinkedHashMap<>();
        try {
            client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
                    .contents()
                    .forEach(object -> keys.put(object.key(), object.lastModified()));
        } catch (SdkException e) {
            throw unavailable(e);
        }
        return keys;
    }

    /** An object as a listing shows it. */
    public record StoredObject(String key, long size, String etag) {}

    /** The objects under {@code prefix} with their sizes and ETags, page by page. */
    public java.util.List<StoredObject> objects(String prefix) {
        java.util.List<StoredObject> objects = new java.util.ArrayList<>();
        try {
            client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
                    .contents()
                    .forEach(object -> objects.add(new StoredObject(object.key(), object.size(), object.eTag())));
        } catch (SdkException e) {
            throw unavailable(e);
        }
        return objects;
    }

    /** A time-limited GET URL that downloads the object with this file name. */
    public URL presignedDownload(String key, String filename) {
        return presigner
                .presignGetObject(p -> p.signatureDuration(presignTtl)
                        .getObjectRequest(g -> g.bucket(bucket)
                                .key(key)
                                .responseContentDisposition(ContentDisposition.attachment(filename))))
                .url();
    }

    public Duration presignTtl() {
        return presignTtl;
    }

    private static Failure unavailable(SdkException e) {
        LOG.log(Level.WARNING, "Object store failure", e);
        return new Failure.Unavailable("File storage is unavailable; try again shortly", Duration.ofSeconds(10));
    }

    @PreDestroy
    void close() {
        client.close();
        presigner.close();
    }
}
