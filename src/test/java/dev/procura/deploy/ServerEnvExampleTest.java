package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deploy kit names only settings the server reads, and its fragment is the server.xml the image runs. */
class ServerEnvExampleTest {

    private static final Path KIT = Path.of("src/main/deploy");
    private static final Pattern INCLUDES = Pattern.compile("\\s*,\\s*|\\s+");
    private static final Pattern LINE = Pattern.compile("(?m)^#? ?([A-Z][A-Z0-9_]+)=");

    @Test
    void everyVariableOfTheExampleIsASettingTheServerReads() throws IOException {
        ServerSettings settings = ServerSettings.scan();
        Matcher m = LINE.matcher(Files.readString(KIT.resolve("server.env.example")));
        List<String> unknown = new ArrayList<>();
        int count = 0;
        while (m.find()) {
            count++;
            if (!settings.reads(m.group(1), List.of("main", "eu-west"))) {
                unknown.add(m.group(1));
            }
        }
        assertTrue(count > 60, "the example lists every setting: " + count);
        assertEquals(List.of(), unknown);
    }

    @Test
    void theFragmentEnablesTheFeaturesOfTheImagesServer() throws IOException {
        Pattern feature = Pattern.compile("<feature>([^<]+)</feature>");
        assertEquals(
                features(feature, Files.readString(Path.of("liberty/server.xml"))),
                features(feature, Files.readString(KIT.resolve("procura-server.xml"))));
    }

    /** Liberty's fileset reads '*' as one or more characters: "postgresql*.jar" misses postgresql.jar. */
    @Test
    void theFragmentsDriverLibraryTakesTheJarTheGuideCopiesToLib() throws IOException {
        Matcher fileset = Pattern.compile("<fileset dir=\"\\$\\{server.config.dir}/lib\" includes=\"([^\"]+)\"/>")
                .matcher(Files.readString(KIT.resolve("procura-server.xml")));
        assertTrue(fileset.find(), "the fragment's library is a fileset in ${server.config.dir}/lib");
        Matcher copied = Pattern.compile("cp target/deploy/lib/(\\S+)\\s+\\$SERVER/lib/")
                .matcher(Files.readString(Path.of("docs/deploy-app-server.md")));
        assertTrue(copied.find(), "the guide copies the driver to the server's lib");
        boolean included = false;
        for (String include : INCLUDES.splitAsStream(fileset.group(1)).toList()) {
            String regex = Pattern.quote(include).replace("*", "\\E[^/]+\\Q");
            included |= copied.group(1).matches(regex);
        }
        assertTrue(included, fileset.group(1) + " does not match " + copied.group(1));
    }

    private static List<String> features(Pattern feature, String xml) {
        List<String> features = new ArrayList<>();
        Matcher m = feature.matcher(xml);
        while (m.find()) {
            features.add(m.group(1));
        }
        return features;
    }
}
