import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end event latency of bench/documents.sh, in one JVM so start and receive times share a clock.
 * Usage: java -cp '<kafka-clients jars>/*' bench/LatencyConsumer.java BOOTSTRAP BASE_URL TOKEN TENANT_ID CALLS WARMUP OUT_FILE
 * A consumer is assigned every partition of settings.updated and bench.latency, from their ends.
 *   api: CALLS (+ WARMUP untimed) times, one after another: PUT /api/v1/tenants/{id}/settings with a unique
 *        approval_second_level_amount, timed from just before the request until the consumer receives the
 *        settings.updated event that carries that value. Writes "api <end-to-end ms> <HTTP ms>" lines.
 *   raw: the baseline, CALLS (+ WARMUP) records of the same size sent by a producer with the relay's settings
 *        (idempotent, acks=all), timed from send() until the consumer receives it. Writes "raw <ms>" lines,
 *        after a "size <characters of a settings.updated event>" line.
 */
public class LatencyConsumer {
    static final String API_TOPIC = "settings.updated";
    static final String RAW_TOPIC = "bench.latency";
    static final Pattern API_MARK = Pattern.compile("\"approval_second_level_amount\":\\s*(\\d+)");
    static final Pattern RAW_MARK = Pattern.compile("\"marker\":(\\d+)");
    static final long API_BASE = 7_000_000L;
    static final long RAW_BASE = 8_000_000L;

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String settingsUrl = args[1] + "/api/v1/tenants/" + args[3] + "/settings";
        String token = args[2];
        int calls = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Properties pc = new Properties();
        pc.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        pc.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        pc.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        pc.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-latency-producer");
        pc.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pc.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties cc = new Properties();
        cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cc.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-latency-consumer");
        cc.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cc.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pc);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cc);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[6])))) {
            // Both topics must exist before the consumer is assigned their partitions.
            put(http, settingsUrl, token, API_BASE - 1);
            producer.send(new ProducerRecord<>(RAW_TOPIC, "warm-up", "{}")).get(30, TimeUnit.SECONDS);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(API_TOPIC, RAW_TOPIC)) {
                List<PartitionInfo> infos = List.of();
                for (int i = 0; i < 100 && infos.isEmpty(); i++) {
                    infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                    if (infos == null) {
                        infos = List.of();
                    }
                    if (infos.isEmpty()) {
                        Thread.sleep(100);
                    }
                }
                if (infos.isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " does not exist");
                }
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            LinkedBlockingQueue<long[]> received = new LinkedBlockingQueue<>();
            AtomicInteger apiEventChars = new AtomicInteger();
            Thread poller = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        Matcher m = (API_TOPIC.equals(r.topic()) ? API_MARK : RAW_MARK).matcher(r.value());
                        if (API_TOPIC.equals(r.topic())) {
                            apiEventChars.set(r.value().length());
                        }
                        if (m.find()) {
                            received.add(new long[] {Long.parseLong(m.group(1)), now});
                        }
                    }
                }
            }, "bench-latency-poller");
            poller.setDaemon(true);
            poller.start();

            for (int i = 0; i < warmup + calls; i++) {
                long marker = API_BASE + i;
                long start = System.nanoTime();
                put(http, settingsUrl, token, marker);
                long answered = System.nanoTime();
                long arrived = await(received, marker);
                if (i >= warmup) {
                    out.printf("api %.3f %.3f%n", (arrived - start) / 1e6, (answered - start) / 1e6);
                }
            }
            // Raw records as large as the settings.updated events.
            String padding = "x".repeat(Math.max(0, apiEventChars.get() - ("{\"marker\":" + RAW_BASE + ",\"pad\":\"\"}").length()));
            out.printf("size %d%n", apiEventChars.get());
            for (int i = 0; i < warmup + calls; i++) {
                long marker = RAW_BASE + i;
                String value = "{\"marker\":" + marker + ",\"pad\":\"" + padding + "\"}";
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(RAW_TOPIC, args[3], value));
                long arrived = await(received, marker);
                if (i >= warmup) {
                    out.printf("raw %.3f%n", (arrived - start) / 1e6);
                }
            }
            poller.interrupt();
            poller.join(5_000);
        }
    }

    /** PUT settings with this approval_second_level_amount. */
    static void put(HttpClient http, String url, String token, long marker) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"approval_second_level_amount\":" + marker + "}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT settings answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The receive time of the record with this marker (others, e.g. late duplicates, are skipped). */
    static long await(LinkedBlockingQueue<long[]> received, long marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            long[] r = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (r != null && r[0] == marker) {
                return r[1];
            }
        }
        throw new IllegalStateException("no event with marker " + marker + " within 30 s");
    }
}
