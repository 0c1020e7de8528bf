package dev.procura.support;

import java.util.concurrent.TimeUnit;

/** Stops and starts the build's local Kafka and S3Proxy with the same script the build uses. */
public final class LocalServices {

    private LocalServices() {}

    /** e.g. {@code run("stop", "kafka")}, {@code run("start")}. */
    public static void run(String... action) throws Exception {
        String[] command = new String[action.length + 2];
        command[0] = "bash";
        command[1] = "scripts/services.sh";
        System.arraycopy(action, 0, command, 2, action.length);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/services.sh " + String.join(" ", action) + " failed");
        }
    }
}
