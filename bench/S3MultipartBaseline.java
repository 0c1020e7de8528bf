import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Like-for-like baseline of bench/documents.sh: the same file uploaded as an S3 multipart upload
 * with the AWS SDK v2, in parts of the server's size, one after another (read part N from the
 * file into memory, upload it, then part N+1: no overlap, unlike the server), with the server's
 * calls (CreateMultipartUpload and UploadPart with CRC32 checksums, CompleteMultipartUpload naming
 * each part's ETag and checksum) and a client built like the server's BlobStore (UrlConnection
 * HTTP client, same timeouts, path style, static credentials). S3Proxy stores a multipart upload
 * by writing its parts and then writing and hashing the joined object again, which a PutObject
 * does not; this baseline pays that too.
 * Usage: java -cp '<sdk jars>/*' bench/S3MultipartBaseline.java ENDPOINT BUCKET ACCESS_KEY SECRET_KEY PART_BYTES WARMUP_FILE FILE KEY
 * One untimed upload of WARMUP_FILE first (class loading, connection), then the timed upload of
 * FILE; both objects are deleted again. Prints "seconds bytes parts" of the timed upload.
 */
public class S3MultipartBaseline {

    public static void main(String[] args) throws Exception {
        String bucket = args[1];
        int partBytes = Integer.parseInt(args[4]);
        Path warmup = Path.of(args[5]);
        Path file = Path.of(args[6]);
        String key = args[7];
        try (S3Client s3 = S3Client.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(args[2], args[3])))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)).build())
                .forcePathStyle(true).endpointOverride(URI.create(args[0])).build()) {
            byte[] part = new byte[partBytes];
            upload(s3, bucket, key + ".warmup", warmup, part);
            long start = System.nanoTime();
            int parts = upload(s3, bucket, key, file, part);
            long end = System.nanoTime();
            long stored = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
            if (stored != Files.size(file)) {
                throw new IllegalStateException("stored " + stored + " bytes of " + Files.size(file));
            }
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            s3.deleteObject(b -> b.bucket(bucket).key(key + ".warmup"));
            System.out.printf("%.3f %d %d%n", (end - start) / 1e9, stored, parts);
        }
    }

    /** One multipart upload of the file, part after part through one buffer; returns the number of parts. */
    private static int upload(S3Client s3, String bucket, String key, Path file, byte[] part) throws IOException {
        String type = "application/octet-stream";
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(type)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)).uploadId();
        List<CompletedPart> completed = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            for (long offset = 0; offset < size || completed.isEmpty(); offset += part.length) {
                int length = (int) Math.min(part.length, size - offset);
                in.readFully(part, 0, length);
                int number = completed.size() + 1;
                UploadPartResponse stored = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32),
                        RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length), length, type));
                completed.add(CompletedPart.builder().partNumber(number).eTag(stored.eTag())
                        .checksumCRC32(stored.checksumCRC32()).build());
            }
        } catch (RuntimeException | IOException e) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            throw e;
        }
        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(completed)));
        return completed.size();
    }
}
