package dev.procura.platform.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant changelog and its version: a digest of the changelog and every file it includes, so
 * any change to the tenant schema changes the version, and an up-to-date tenant is never handed
 * to Liquibase (a no-op run still costs about half a second).
 */
public final class TenantSchema {

    public static final String CHANGELOG = "db/tenant/changelog.xml";
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final String VERSION = computeVersion();

    private TenantSchema() {}

    public static String currentVersion() {
        return VERSION;
    }

    private static String computeVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String master = read(CHANGELOG, digest);
            Matcher includes = INCLUDE.matcher(master);
            while (includes.find()) {
                read(includes.group(1), digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource, MessageDigest digest) {
        try (InputStream in = TenantSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing tenant changelog resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
