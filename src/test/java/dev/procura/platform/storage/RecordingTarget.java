package dev.procura.platform.storage;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object store in memory that records every call, and can be told to fail one: what a
 * StreamingUpload did is checked call by call, and the objects it left are those in {@link #objects}.
 */
final class RecordingTarget implements UploadTarget {

    final List<String> calls = new ArrayList<>();
    final Map<String, byte[]> objects = new LinkedHashMap<>();
    final Map<String, List<byte[]>> openUploads = new LinkedHashMap<>();
    private final Map<String, String> contentTypes = new LinkedHashMap<>();
    private final List<String> failing = new ArrayList<>();
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
        return calls.stream().filter(c -> c.startsWith("part ")).map(c -> Integer.parseInt(c.split(" ")[2])).toList();
    }

    private void record(String call) {
        calls.add(call);
        if (failing.removeIf(call::startsWith)) {
            throw new IllegalStateException("store failed on " + call);
        }
    }

    @Override
    public void put(String key, String contentType, byte[] bytes, int length) {
        record("put " + length);
        objects.put(key, Arrays.copyOf(bytes, length));
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
    public StoredPart putPart(String key, String uploadId, int partNumber, byte[] bytes, int length) {
        record("part " + partNumber + " " + length);
        List<byte[]> parts = openUploads.get(uploadId);
        if (parts == null || parts.size() != partNumber - 1) {
            throw new IllegalStateException("part " + partNumber + " out of order or after the upload ended");
        }
        parts.add(Arrays.copyOf(bytes, length));
        return new StoredPart(partNumber, "etag-" + partNumber, null);
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<StoredPart> parts) {
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
}
