import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of bench/audit.sh: a fixed number of PUTs of draft purchase orders, CONCURRENCY threads (one
 * HTTP/1.1 client shared: up to CONCURRENCY kept-alive connections), each going round its own share of
 * the orders (thread t takes orders t, t + CONCURRENCY, …, so no two requests in flight change one order),
 * each request a new revision of its order (other notes and quantities: every update changes fields).
 * WARMUP untimed requests first, the same way, then COUNT timed ones. JDK only:
 *
 *   java bench/OrderUpdateLoad.java BASE TOKEN PATHS_FILE SUPPLIER_ID WARMUP COUNT CONCURRENCY
 *
 * PATHS_FILE: one order path a line (/api/v1/tenants/{t}/purchase-orders/{id}). Standard output, "key value"
 * lines: requests, non2xx (answers other than 200), errors (no answer), statuses, p50_ms, p95_ms, p99_ms,
 * max_ms (nearest rank, of every timed request, answered or not), rate (timed requests per second), wall_s.
 */
public class OrderUpdateLoad {

    record Outcome(double ms, int status) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: OrderUpdateLoad BASE TOKEN PATHS_FILE SUPPLIER_ID WARMUP COUNT CONCURRENCY");
            System.exit(2);
        }
        String base = args[0];
        String token = args[1];
        List<String> paths = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        String supplier = args[3];
        int warmup = Integer.parseInt(args[4]);
        int count = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        if (paths.size() < concurrency) {
            throw new IllegalArgumentException("fewer orders (" + paths.size() + ") than threads (" + concurrency + ")");
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger revision = new AtomicInteger();
        if (warmup > 0) {
            run(http, base, token, paths, supplier, warmup, concurrency, revision);
        }
        long t0 = System.nanoTime();
        List<Outcome> outcomes = run(http, base, token, paths, supplier, count, concurrency, revision);
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] ms = outcomes.stream().mapToDouble(Outcome::ms).sorted().toArray();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Outcome o : outcomes) {
            statuses.merge(o.status(), 1, Integer::sum);
        }
        System.out.println("requests " + outcomes.size());
        System.out.println("non2xx " + outcomes.stream().filter(o -> o.status() > 0 && o.status() != 200).count());
        System.out.println("errors " + outcomes.stream().filter(o -> o.status() == 0).count());
        System.out.println("statuses " + statuses.toString().replace(" ", ""));
        System.out.printf(Locale.ROOT, "p50_ms %.2f%n", pct(ms, 50));
        System.out.printf(Locale.ROOT, "p95_ms %.2f%n", pct(ms, 95));
        System.out.printf(Locale.ROOT, "p99_ms %.2f%n", pct(ms, 99));
        System.out.printf(Locale.ROOT, "max_ms %.2f%n", ms[ms.length - 1]);
        System.out.printf(Locale.ROOT, "rate %.1f%n", outcomes.size() / wall);
        System.out.printf(Locale.ROOT, "wall_s %.1f%n", wall);
    }

    /** COUNT requests by CONCURRENCY threads, taken from a shared count; an exception is status 0. */
    static List<Outcome> run(HttpClient http, String base, String token, List<String> paths, String supplier,
            int count, int concurrency, AtomicInteger revision) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Outcome>>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                List<Outcome> mine = new ArrayList<>();
                int turn = 0;
                while (left.getAndDecrement() > 0) {
                    // this thread's orders: thread, thread + concurrency, …
                    int share = (paths.size() - thread + concurrency - 1) / concurrency;
                    String path = paths.get(thread + concurrency * (turn++ % share));
                    int r = revision.incrementAndGet();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .PUT(HttpRequest.BodyPublishers.ofString(body(supplier, r)))
                            .build();
                    long s0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (java.io.IOException e) {
                        status = 0;
                    }
                    mine.add(new Outcome((System.nanoTime() - s0) / 1e6, status));
                }
                return mine;
            }));
        }
        List<Outcome> all = new ArrayList<>(count);
        for (Future<List<Outcome>> f : workers) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /** The body of a create (as bench/conversions-api.sh drafts its order), revision r of it. */
    static String body(String supplier, int r) {
        return "{\"supplier_id\":\"" + supplier + "\",\"currency\":\"EUR\",\"cost_center\":\"IT\","
                + "\"notes\":\"Bench revision " + r + ": deliver to the loading bay, call ahead\","
                + "\"lines\":[{\"item_code\":\"LAP-14\",\"description\":\"LAP-14 item\",\"quantity\":" + (r % 5 + 1)
                + ",\"unit\":\"ea\",\"unit_price\":1000.00,\"tax_rate\":23},"
                + "{\"item_code\":\"DOCK-1\",\"description\":\"DOCK-1 item\",\"quantity\":" + (r % 3 + 1)
                + ",\"unit\":\"ea\",\"unit_price\":150,\"tax_rate\":23}]}";
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, i - 1))];
    }
}
