import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/conversions-api.sh: CONCURRENCY clients (threads, one HTTP/1.1 client shared, so
 * up to CONCURRENCY kept-alive connections), each taking the next request until COUNT are done, after
 * WARMUP untimed ones made the same way. JDK only: java bench/ConversionLoad.java MODE …
 *
 *   convert BASE TOKEN TENANT TEMPLATE_ID ORDER_ID COUNT CONCURRENCY WARMUP POLL_MS TIMEOUT_S OUT
 *       POST /api/v1/tenants/{t}/conversions {"template_id", "source": {"type": "purchase_order", "ids": [ORDER_ID]}},
 *       then GET …/conversions/{id} every POLL_MS until it is completed, failed or cancelled (or TIMEOUT_S passed).
 *       Latency: from just before the POST until the answer of the poll that sees completed.
 *   upload BASE TOKEN TENANT PDF_FILE COUNT CONCURRENCY WARMUP OUT
 *       POST /api/v1/tenants/{t}/documents of the PDF (multipart, the `file` part then `tags`), each a new
 *       content: a comment line with a unique number after the file's end (PDF readers ignore it), so every
 *       upload stores a new file, as a conversion does. Latency: the request, until its 201.
 *
 * OUT gets one line per timed request: "<latency ms> <ok|failed> <detail>" (detail: the conversion's id
 * and status, or the HTTP status). Standard output, one line:
 *   "wall_ms <first request → last answer> ok <n> failed <n> poll_errors <n> polls <n> duplicates <n>"
 */
public class ConversionLoad {
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z_]+)\"");

    record Outcome(double ms, boolean ok, String detail, int polls, int pollErrors, boolean duplicate) {}

    interface Call {
        Outcome run(int index) throws Exception;
    }

    static HttpClient http;
    static String base, token, tenant;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        base = args[1];
        token = args[2];
        tenant = args[3];
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Call call;
        int count, concurrency, warmup;
        String out;
        if (mode.equals("convert")) {
            String templateId = args[4], orderId = args[5];
            count = Integer.parseInt(args[6]);
            concurrency = Integer.parseInt(args[7]);
            warmup = Integer.parseInt(args[8]);
            long pollMs = Long.parseLong(args[9]);
            long timeoutNs = Long.parseLong(args[10]) * 1_000_000_000L;
            out = args[11];
            String body = "{\"template_id\":\"" + templateId + "\",\"source\":{\"type\":\"purchase_order\",\"ids\":[\""
                    + orderId + "\"]}}";
            call = i -> convert(body, pollMs, timeoutNs);
        } else if (mode.equals("upload")) {
            byte[] pdf = Files.readAllBytes(Path.of(args[4]));
            count = Integer.parseInt(args[5]);
            concurrency = Integer.parseInt(args[6]);
            warmup = Integer.parseInt(args[7]);
            out = args[8];
            long nonce = System.currentTimeMillis();
            call = i -> upload(pdf, nonce, i);
        } else {
            throw new IllegalArgumentException("mode: convert or upload");
        }
        if (warmup > 0) {
            runAll(call, warmup, concurrency, -warmup);
        }
        long t0 = System.nanoTime();
        List<Outcome> outcomes = runAll(call, count, concurrency, 0);
        long wallNs = System.nanoTime() - t0;
        int ok = 0, polls = 0, pollErrors = 0, duplicates = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out)))) {
            for (Outcome o : outcomes) {
                w.printf("%.3f %s %s%n", o.ms(), o.ok() ? "ok" : "failed", o.detail());
                ok += o.ok() ? 1 : 0;
                polls += o.polls();
                pollErrors += o.pollErrors();
                duplicates += o.duplicate() ? 1 : 0;
            }
        }
        System.out.printf("wall_ms %.1f ok %d failed %d poll_errors %d polls %d duplicates %d%n",
                wallNs / 1e6, ok, outcomes.size() - ok, pollErrors, polls, duplicates);
    }

    /** COUNT calls by CONCURRENCY threads, each taking the next index; an exception is a failed call. */
    static List<Outcome> runAll(Call call, int count, int concurrency, int firstIndex) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long t0 = System.nanoTime();
                    try {
                        outcomes.add(call.run(firstIndex + i));
                    } catch (Exception e) {
                        outcomes.add(new Outcome((System.nanoTime() - t0) / 1e6, false,
                                e.getClass().getSimpleName(), 0, 0, false));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        return outcomes;
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/" + tenant + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60));
    }

    static Outcome convert(String body, long pollMs, long timeoutNs) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(
                request("/conversions")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            return new Outcome((System.nanoTime() - t0) / 1e6, false, "POST-" + started.statusCode(), 0, 0, false);
        }
        Matcher id = ID.matcher(started.body());
        if (!id.find()) {
            return new Outcome((System.nanoTime() - t0) / 1e6, false, "POST-no-id", 0, 0, false);
        }
        String conversion = id.group(1);
        HttpRequest poll = request("/conversions/" + conversion).GET().build();
        int polls = 0, errors = 0;
        String status = "queued";
        while (System.nanoTime() - t0 < timeoutNs) {
            Thread.sleep(pollMs);
            HttpResponse<String> seen = http.send(poll, HttpResponse.BodyHandlers.ofString());
            polls++;
            if (seen.statusCode() != 200) {
                errors++;
                continue;
            }
            Matcher s = STATUS.matcher(seen.body());
            status = s.find() ? s.group(1) : "?";
            if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
                break;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        boolean done = status.equals("completed");
        return new Outcome(ms, done, conversion + " " + (done || !status.matches("queued|running") ? status : "timeout-" + status),
                polls, errors, false);
    }

    static Outcome upload(byte[] pdf, long nonce, int index) throws IOException, InterruptedException {
        String boundary = "bench" + nonce + "x" + index;
        ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 512);
        String name = "bench-" + nonce + "-" + index + ".pdf";
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf);
        body.writeBytes(("\n%bench " + nonce + " " + index + "\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\n"
                        + "bench,purchase_order\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(
                request("/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        boolean ok = answer.statusCode() == 201;
        boolean duplicate = ok && answer.body().contains("\"duplicate\":true");
        return new Outcome(ms, ok, "HTTP-" + answer.statusCode(), 0, 0, duplicate);
    }
}
