package dev.procura.platform.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An object store in memory that records every call, and can be told to fail one: what a
 * StreamingUpload did is checked call by call, and the objects it left are those in {@link #objects}.
 * Parts may be sent from another thread: the records are synchronized, and a part's bytes are
 * copied only after {@link #beforePart} ran (a test can make a part slow there, or look at what
 * the reader does meanwhile).
 */
final class RecordingTarget implements UploadTarget {

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Map<String, byte[]> objects = Collections.synchronizedMap(new LinkedHashMap<>());
    final Map<String, List<byte[]>> openUploads = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The parts named by each completion, in the order given. */
    final List<List<StoredPart>> completions = Collections.synchronizedList(new ArrayList<>());
    /** Runs with the part number inside putPart, before the bytes are taken. */
    volatile IntConsumer beforePart = number -> {};

    private final Map<String, String> contentTypes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> failing = Collections.synchronizedList(new ArrayList<>());
    private int uploads;

    /** The next call whose record starts with {@code prefix} (e.g. "part 2", "complete") throws. */
    RecordingTarget failOn(String prefix) {
        failing.add(prefix);
        return this;
    }

    String contentTypeOf(String key) {
        return contentTypes.get(key);
    }

    /** The sizes of the parts sent so far, in order, over all multipart uploads. */
    List<Integer> partSizes() {
        return calls().stream()
                .filter(c -> c.startsWith("part "))
                .map(c -> Integer.parseInt(c.split(" ", -1)[2]))
                .toList();
    }

    /** The calls so far, as one list (a copy: parts may still be recorded meanwhile). */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private synchronized void record(String call) {
        calls.add(call);
        if (failing.removeIf(call::startsWith)) {
            throw new IllegalStateException("store failed on " + call);
        }
    }

    @Override
    public void put(String key, String contentType, ChunkedBytes bytes) {
        record("put " + bytes.length());
        objects.put(key, read(bytes));
        contentTypes.put(key, contentType);
    }

    @Override
    public String startMultipart(String key, String contentType) {
        record("start");
        String uploadId = "upload-" + ++uploads;
        openUploads.put(uploadId, new ArrayList<>());
        contentTypes.put(key, contentType);
        return uploadId;
    }

    @Override
    public StoredPart putPart(String key, String uploadId, int partNumber, ChunkedBytes bytes) {
        record("part " + partNumber + " " + bytes.length());
        beforePart.accept(partNumber);
        List<byte[]> parts = openUploads.get(uploadId);
        if (parts == null || parts.size() != partNumber - 1) {
            throw new IllegalStateException("part " + partNumber + " out of order or after the upload ended");
        }
        parts.add(read(bytes));
        return new StoredPart(partNumber, "etag-" + partNumber, "crc-" + partNumber);
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<StoredPart> parts) {
        completions.add(List.copyOf(parts));
        record("complete " + parts.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        openUploads.remove(uploadId).forEach(joined::writeBytes);
        objects.put(key, joined.toByteArray());
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        record("abort");
        openUploads.remove(uploadId);
    }

    @Override
    public void delete(String key) {
        record("delete");
        objects.remove(key);
    }

    static byte[] read(ChunkedBytes bytes) {
        try (InputStream in = bytes.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
