import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Baseline of bench/documents.sh: a plain kafka-clients producer with the outbox relay's settings
 * (KafkaProducers: idempotent, acks=all, same timeouts) sending the records of RECORDS_FILE
 * (topic TAB key TAB payload, one a line: the rows the relay publishes).
 * Usage: java -cp '<kafka-clients jars>/*' bench/RawProducerBaseline.java BOOTSTRAP RECORDS_FILE ROUNDS
 * One untimed warm-up pass over the first 200 records, then ROUNDS times each:
 *   "pipelined <seconds> <records> <bytes>"  all sends, then one flush and every acknowledgement;
 *   "batched <seconds> <records> <bytes>"    in batches of the relay's size (procura.outbox.batch-size, 500),
 *                                            flush and wait for each batch before the next.
 */
public class RawProducerBaseline {
    static final int RELAY_BATCH = 500;

    public static void main(String[] args) throws Exception {
        List<String[]> records = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] fields = line.split("\t", 3);
            records.add(fields);
            bytes += fields[2].length();
        }
        int rounds = Integer.parseInt(args[2]);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            send(producer, records.subList(0, Math.min(RELAY_BATCH, records.size())), RELAY_BATCH);
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                send(producer, records, Integer.MAX_VALUE);
                System.out.printf("pipelined %.4f %d %d%n", (System.nanoTime() - start) / 1e9, records.size(), bytes);
                start = System.nanoTime();
                send(producer, records, RELAY_BATCH);
                System.out.printf("batched %.4f %d %d%n", (System.nanoTime() - start) / 1e9, records.size(), bytes);
            }
        }
    }

    /** Sends in batches of {@code batch}: each batch is flushed and all its acknowledgements awaited. */
    static void send(KafkaProducer<String, String> producer, List<String[]> records, int batch) throws Exception {
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String[] r = records.get(i);
            sends.add(producer.send(new ProducerRecord<>(r[0], r[1], r[2])));
            if (sends.size() == batch || i == records.size() - 1) {
                producer.flush();
                for (Future<?> send : sends) {
                    send.get(30, TimeUnit.SECONDS);
                }
                sends.clear();
            }
        }
    }
}
