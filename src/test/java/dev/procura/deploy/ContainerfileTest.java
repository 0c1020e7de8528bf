package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.deploy.Containerfile.Instruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The image recipe matches the repository: what it copies exists, and what it takes from the build stage, the build makes. */
class ContainerfileTest {

    private static final String BUILD_STAGE = "build";
    private static final String BUILD_DIR = "/build/";

    private final Containerfile containerfile = Containerfile.read();

    @Test
    void everyPathCopiedFromTheBuildContextExists() {
        List<String> missing = new ArrayList<>();
        for (Instruction copy : containerfile.all("COPY")) {
            if (copy.flag("from").isPresent()) {
                continue;
            }
            List<String> paths = copy.paths();
            for (String source : paths.subList(0, paths.size() - 1)) {
                if (!Files.exists(Path.of(source))) {
                    missing.add(source + " (" + copy.text() + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theFinalStageTakesOnlyWhatTheBuildStageProduces() throws Exception {
        Set<String> produced = producedByTheBuildStage();
        List<String> unexplained = new ArrayList<>();
        for (Instruction copy : containerfile.all("COPY")) {
            if (copy.flag("from").filter(BUILD_STAGE::equals).isEmpty()) {
                continue;
            }
            String source = copy.paths().get(0);
            assertTrue(source.startsWith(BUILD_DIR), "copied from outside the build directory: " + copy.text());
            if (!produced.contains(source.substring(BUILD_DIR.length()))) {
                unexplained.add(source);
            }
        }
        assertEquals(List.of(), unexplained, "the build stage produces " + produced);
        assertTrue(containerfile.all("WORKDIR").stream()
                .anyMatch(w -> w.stage().equals(BUILD_STAGE)
                        && w.arguments().equals(List.of(BUILD_DIR.substring(0, BUILD_DIR.length() - 1)))));
    }

    @Test
    void theJdbcDriverCopiedIntoTheImageIsThePomsVersion() throws Exception {
        String buildRun = buildStageRun();
        Matcher artifact = Pattern.compile("-Dartifact=org\\.postgresql:postgresql:([^\\s]+)")
                .matcher(buildRun);
        assertTrue(artifact.find(), buildRun);
        assertEquals(pomProperty("postgresql.version"), artifact.group(1));
    }

    @Test
    void theImageExposesTheServersHttpPort() {
        List<Instruction> exposes = containerfile.all("EXPOSE");
        assertEquals(1, exposes.size());
        assertEquals(
                ServerSettings.scan().serverXmlDefault("procura.http.port"),
                exposes.get(0).arguments().get(0));
        assertEquals(containerfile.finalStage(), exposes.get(0).stage());
    }

    @Test
    void theMigrationJobsClasspathIsWhatTheImageCarries() {
        Map<String, Object> migrations = map(HelmChart.values(null).get("migrations"));
        Set<String> destinations = new TreeSet<>();
        containerfile.all("COPY").stream()
                .filter(c -> c.stage().equals(containerfile.finalStage()))
                .forEach(c -> destinations.add(c.paths().get(c.paths().size() - 1)));
        for (String entry : ((String) migrations.get("classpath")).split(":", -1)) {
            String directory = entry.endsWith("/*") ? entry.substring(0, entry.length() - 2) : entry;
            assertTrue(
                    destinations.contains(directory),
                    entry + " is not copied into the image; copies go to " + destinations);
        }
        String copyClasses = containerfile.all("COPY").stream()
                .map(Instruction::text)
                .filter(t -> t.endsWith("/opt/procura/migrate/classes"))
                .findFirst()
                .orElseThrow();
        assertTrue(copyClasses.contains("/WEB-INF/classes "), copyClasses);
    }

    @Test
    void theWarCarriesTheJdbcDriverTheMigrationJobUses() throws Exception {
        Document pom = pom();
        XPath xpath = XPathFactory.newInstance().newXPath();
        String scope = xpath.evaluate("/project/dependencies/dependency[artifactId='postgresql']/scope", pom);
        assertTrue(scope.isEmpty() || scope.equals("compile") || scope.equals("runtime"), "postgresql scope " + scope);
    }

    /** Paths (relative to the build directory) the build stage's Maven commands leave behind. */
    private Set<String> producedByTheBuildStage() throws Exception {
        Document pom = pom();
        XPath xpath = XPathFactory.newInstance().newXPath();
        String finalName = xpath.evaluate("/project/build/finalName", pom);
        assertEquals("war", xpath.evaluate("/project/packaging", pom));
        assertFalse(
                Files.readString(Path.of("pom.xml")).contains("<webappDirectory>"),
                "the exploded WAR is expected in target/<finalName>");
        Set<String> produced = new TreeSet<>(List.of(
                "target/" + finalName + ".war",
                "target/" + finalName + "/WEB-INF/classes",
                "target/" + finalName + "/WEB-INF/lib"));
        String buildRun = buildStageRun();
        Matcher output = Pattern.compile("-DoutputDirectory=([^\\s]+)").matcher(buildRun);
        Matcher artifact =
                Pattern.compile("-Dartifact=[^:\\s]+:([^:\\s]+):[^\\s]+").matcher(buildRun);
        if (output.find() && artifact.find() && buildRun.contains("-Dmdep.stripVersion=true")) {
            produced.add(output.group(1) + "/" + artifact.group(1) + ".jar");
        }
        return produced;
    }

    private String buildStageRun() {
        return String.join(
                " ",
                containerfile.all("RUN").stream()
                        .filter(r -> r.stage().equals(BUILD_STAGE))
                        .map(Instruction::text)
                        .toList());
    }

    private static String pomProperty(String name) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate("/project/properties/" + name, pom());
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
