package dev.procura.platform.storage;

import dev.procura.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied from the request to a temporary file in small buffers (never whole in
 * memory), hashed on the way (SHA-256 and MD5) and cut off as soon as it passes the size limit.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String sha256;
    private final String md5;

    private SpooledUpload(Path file, long size, String sha256, String md5) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.md5 = md5;
    }

    public static SpooledUpload of(InputStream content, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("procura-upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read; (read = content.read(buffer)) != -1; ) {
                    total += read;
                    if (total > maxBytes) {
                        throw new ProblemException.PayloadTooLarge("The file is larger than " + maxBytes + " bytes");
                    }
                    sha.update(buffer, 0, read);
                    md5.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new SpooledUpload(file, total, HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(md5.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(new IOException("Cannot receive the upload", e));
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String md5() {
        return md5;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the temp directory is cleaned by the OS eventually
            }
        }
    }
}
