package dev.procura.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart in {@code helm/procura}, linted and rendered offline by helm-java (no helm binary).
 * Two gaps of helm-java are bridged on copies of the chart, never on the chart itself:
 * {@code lint} takes no values file, so a value set is linted as a copy whose values.yaml is the
 * defaults merged with it (as {@code helm lint -f} merges); {@code template} prints no hook
 * resources, so templates render from a copy where the hook annotation key is renamed to
 * {@link #RENDERED_HOOK} and hooks come out as plain resources.
 */
final class HelmChart {

    static final Path SOURCE = Path.of("helm/procura");
    static final String RENDERED_HOOK = "procura.test/hook";
    static final String KUBE_VERSION = "v1.30.0";
    static final String RELEASE = "procura";
    static final String NAMESPACE = "procura";

    private final Path workDir;
    private final Path renderable;
    private int copies;

    private HelmChart(Path workDir) {
        this.workDir = workDir;
        this.renderable = copy("render");
        try (Stream<Path> templates = Files.walk(renderable.resolve("templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Files.writeString(template, Files.readString(template).replace("helm.sh/hook:", RENDERED_HOOK + ":"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelmChart in(Path workDir) {
        return new HelmChart(workDir);
    }

    /** {@code helm lint --strict} with the defaults, or the defaults merged with {@code valuesFile}. */
    LintResult lint(Path valuesFile) {
        Path chart = copy("lint");
        if (valuesFile != null) {
            write(chart.resolve("values.yaml"), values(valuesFile));
        }
        return new Helm(chart).lint().strict().call();
    }

    /** {@code helm template} with the defaults and {@code valuesFile} (may be null); hooks included. */
    String template(Path valuesFile) {
        var template = new Helm(renderable)
                .template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        return (valuesFile == null ? template : template.withValuesFile(valuesFile.toAbsolutePath())).call();
    }

    /** The values a release gets: the chart's defaults with {@code valuesFile} merged over them. */
    static Map<String, Object> values(Path valuesFile) {
        Map<String, Object> defaults = load(SOURCE.resolve("values.yaml"));
        return valuesFile == null ? defaults : merge(defaults, load(valuesFile));
    }

    /** Helm's coalescing: maps merge key by key, anything else replaces, null removes the key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Map<?, ?> map && merged.get(key) instanceof Map<?, ?> existing) {
                merged.put(key, merge((Map<String, Object>) existing, (Map<String, Object>) map));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    static Map<String, Object> load(Path yamlFile) {
        try {
            Map<String, Object> loaded = new Yaml().load(Files.readString(yamlFile));
            return loaded == null ? new LinkedHashMap<>() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Map<String, Object> values) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try {
            Files.writeString(file, new Yaml(options).dump(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path copy(String purpose) {
        Path target = workDir.resolve(purpose + "-" + copies++).resolve("procura");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
