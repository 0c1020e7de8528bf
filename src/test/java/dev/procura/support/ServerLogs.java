package dev.procura.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The log files of the server under test. */
public final class ServerLogs {

    private ServerLogs() {}

    public static Path directory() {
        return Path.of(
                System.getProperty("procura.liberty.dir", "target/liberty/wlp"),
                "usr",
                "servers",
                System.getProperty("procura.server.name", "procura"),
                "logs");
    }

    /** Every line of every log file (messages, access log, FFDC) as written so far. */
    public static List<String> allLines() {
        try (var files = Files.walk(directory())) {
            return files.filter(Files::isRegularFile)
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> messages() {
        try {
            return Files.readAllLines(directory().resolve("messages.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
