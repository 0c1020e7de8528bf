import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.concurrent.atomic.AtomicLong;

/** Raw bcrypt verifications per second with the library and cost the server uses. */
public class BcryptVerifyRate {
    public static void main(String[] args) throws Exception {
        int cost = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        char[] password = "Bench-password-2026".toCharArray();
        byte[] hash = BCrypt.withDefaults().hash(cost, password);
        for (int i = 0; i < 3; i++) {
            BCrypt.verifyer().verify(password, hash);
        }
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    if (!BCrypt.verifyer().verify(password, hash).verified) {
                        throw new IllegalStateException("verification failed");
                    }
                    done.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.1f%n", done.get() / elapsed);
    }
}
