package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import dev.procura.platform.config.DatabaseTls;
import dev.procura.platform.config.EnvironmentVariables;
import dev.procura.platform.config.RequiredSettings;
import dev.procura.platform.config.RunMode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The Helm chart, offline: lint and template over the defaults and the example value sets in
 * {@code helm/procura/ci}, every rendered object parsed strictly, the schema rejecting bad values,
 * and the wiring between chart and server (variable names, port, probes, secrets, roles, hook).
 */
class HelmChartTest {

    enum ValueSet {
        DEFAULTS(null),
        MINIMAL("minimal-values.yaml"),
        PRODUCTION("production-values.yaml");

        private final String file;

        ValueSet(String file) {
            this.file = file;
        }

        Path file() {
            return file == null ? null : HelmChart.SOURCE.resolve("ci").resolve(file);
        }
    }

    private static final Pattern SECRET_NAME =
            Pattern.compile("PASSWORD|SECRET|MASTER_KEY|SIGNING_KEY$|JAAS|HEADERS|ACCESS_KEY");
    private static final String MIGRATE_COMMAND = "dev.procura.platform.tenancy.MigrateCommand";
    private static final Map<ValueSet, Manifests> RENDERED = new EnumMap<>(ValueSet.class);
    private static final ServerSettings SERVER = ServerSettings.scan();

    @TempDir
    static Path workDir;

    private static HelmChart chart;

    @BeforeAll
    static void copyChart() {
        chart = HelmChart.in(workDir);
    }

    private static Manifests rendered(ValueSet set) {
        return RENDERED.computeIfAbsent(set, s -> Manifests.parse(chart.template(s.file())));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void lintsWithoutWarningsInStrictMode(ValueSet set) {
        LintResult lint = chart.lint(set.file());

        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
        assertTrue(
                lint.getMessages().stream().noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]")),
                String.join("\n", lint.getMessages()));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void rendersOnlyStrictlyValidKubernetesObjectsOfTheExpectedKinds(ValueSet set) {
        Map<String, Long> kinds = rendered(set).all().stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, TreeMap::new, Collectors.counting()));

        Map<String, Long> expected = new TreeMap<>(
                Map.of("ConfigMap", 2L, "Deployment", 1L, "Service", 1L, "ServiceAccount", 1L, "Job", 1L, "Pod", 1L));
        if (set != ValueSet.MINIMAL) {
            expected.put("PodDisruptionBudget", 1L);
        }
        if (set == ValueSet.PRODUCTION) {
            expected.putAll(Map.of(
                    "Deployment",
                    2L,
                    "Service",
                    2L,
                    "PodDisruptionBudget",
                    2L,
                    "HorizontalPodAutoscaler",
                    1L,
                    "Ingress",
                    1L,
                    Manifests.SERVICE_MONITOR,
                    1L));
        }
        assertEquals(expected, kinds);
        assertTrue(rendered(set).ofKind(Secret.class).isEmpty(), "the chart never creates a Secret");
    }

    static Stream<Path> badValueFiles() throws IOException {
        return Files.list(Path.of("src/test/resources/helm/bad")).sorted();
    }

    @ParameterizedTest
    @MethodSource("badValueFiles")
    void schemaRejectsBadValues(Path valuesFile) throws IOException {
        String firstLine = Files.readAllLines(valuesFile).get(0);
        assertTrue(firstLine.startsWith("# expect: "), valuesFile + " must start with '# expect: <part of the error>'");
        String expected = firstLine.substring("# expect: ".length());

        IllegalStateException rejected = assertThrows(IllegalStateException.class, () -> chart.template(valuesFile));

        assertTrue(
                rejected.getMessage().contains("values don't meet the specifications of the schema"),
                rejected.getMessage());
        assertTrue(rejected.getMessage().contains(expected), rejected.getMessage());
    }

    @Test
    void tenantServerNamesMustBeUnique() throws IOException {
        Path values = workDir.resolve("duplicate-servers.yaml");
        Files.writeString(values, """
                postgresql:
                  tenantServers:
                    - name: main
                      url: jdbc:postgresql://pg-a:5432/
                    - name: main
                      url: jdbc:postgresql://pg-b:5432/
                """);

        IllegalStateException rejected = assertThrows(IllegalStateException.class, () -> chart.template(values));

        assertTrue(rejected.getMessage().contains("the name \"main\" appears twice"), rejected.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyVariableOfTheServersAndTheJobIsOneTheServerReads(ValueSet set) {
        Manifests manifests = rendered(set);
        List<String> unread = new ArrayList<>();
        for (PodSpec pod : serverAndJobPods(manifests)) {
            for (Container container : pod.getContainers()) {
                manifests.environmentOf(container).keySet().stream()
                        .filter(name -> !SERVER.reads(name, tenantServerNames(set)))
                        .forEach(name -> unread.add(container.getName() + ": " + name));
            }
        }
        assertEquals(List.of(), unread, "no server setting or platform variable has these names");
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void serversGetEverySettingProductionRequires(ValueSet set) {
        Manifests manifests = rendered(set);
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            Map<String, EnvVar> environment = manifests.environmentOf(serverContainer(deployment));

            List<String> missing = RequiredSettings.missing(
                    RunMode.PROD, name -> environment.containsKey(EnvironmentVariables.nameOf(name)) ? "set" : null);

            assertEquals(List.of(), missing, deployment.getMetadata().getName());
            assertFalse(environment.containsKey("PROCURA_MODE"), "the image's production mode stays");
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void serversStartInProductionBecauseEveryDatabaseConnectionUsesTls(ValueSet set) {
        Manifests manifests = rendered(set);
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            Map<String, EnvVar> environment = manifests.environmentOf(serverContainer(deployment));

            DatabaseTls tls = DatabaseTls.check(
                    RunMode.PROD,
                    name -> Optional.ofNullable(environment.get(EnvironmentVariables.nameOf(name)))
                            .map(EnvVar::getValue));

            assertEquals(
                    DatabaseTls.Verdict.SECURE,
                    tls.verdict(),
                    deployment.getMetadata().getName() + ": " + tls.insecureConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theMigrationJobGetsTheServersDatabaseSettingsAndNothingElse(ValueSet set) {
        Manifests manifests = rendered(set);
        Map<String, EnvVar> job = manifests.environmentOf(migrationJob(manifests)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0));
        Map<String, EnvVar> server = manifests.environmentOf(serverContainer(apiDeployment(manifests)));

        Map<String, EnvVar> serverDatabase = new TreeMap<>();
        server.forEach((name, variable) -> {
            if ((name.startsWith("PROCURA_DB_") && !name.equals("PROCURA_DB_POOL_MAX"))
                    || name.startsWith("PROCURA_TENANTS_SERVER")) {
                serverDatabase.put(name, variable);
            }
        });
        assertEquals(serverDatabase, new TreeMap<>(job));
        assertTrue(job.containsKey("PROCURA_DB_URL") && job.containsKey("PROCURA_DB_PASSWORD"));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void serversListenOnTheHttpPortOfServerXml(ValueSet set) {
        Manifests manifests = rendered(set);
        String port = SERVER.serverXmlDefault("procura.http.port");
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            Container server = serverContainer(deployment);
            assertEquals(1, server.getPorts().size());
            assertEquals("http", server.getPorts().get(0).getName());
            assertEquals(port, String.valueOf(server.getPorts().get(0).getContainerPort()));
            assertEquals(
                    port,
                    manifests.environmentOf(server).get("PROCURA_HTTP_PORT").getValue());
            Map<String, String> annotations =
                    deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            if (annotations.containsKey("prometheus.io/port")) {
                assertEquals(port, annotations.get("prometheus.io/port"));
            }
        }
        for (Service service : manifests.ofKind(Service.class)) {
            assertEquals(
                    "http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void probesAskMicroProfileHealthOnTheHttpPort(ValueSet set) {
        for (Deployment deployment : rendered(set).ofKind(Deployment.class)) {
            Container server = serverContainer(deployment);
            assertProbe("/health/started", server.getStartupProbe());
            assertProbe("/health/ready", server.getReadinessProbe());
            assertProbe("/health/live", server.getLivenessProbe());
        }
    }

    private static void assertProbe(String path, Probe probe) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void secretsComeOnlyFromTheSecretsTheValuesName(ValueSet set) {
        Set<String> declared = declaredSecretKeys(HelmChart.values(set.file()), new TreeSet<>());
        Set<String> referenced = new TreeSet<>();
        for (PodSpec pod : allPods(rendered(set))) {
            for (Container container : Manifests.containersOf(pod)) {
                Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                        .filter(v ->
                                v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                        .forEach(v -> referenced.add(
                                v.getValueFrom().getSecretKeyRef().getName() + "/"
                                        + v.getValueFrom().getSecretKeyRef().getKey()));
            }
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                if (volume.getSecret() != null) {
                    assertNotNull(volume.getSecret().getItems(), "a secret volume names its keys: " + volume.getName());
                    volume.getSecret()
                            .getItems()
                            .forEach(item -> referenced.add(volume.getSecret().getSecretName() + "/" + item.getKey()));
                }
            }
        }
        assertFalse(referenced.isEmpty());
        assertTrue(
                declared.containsAll(referenced), "referenced " + referenced + " but the values declare " + declared);
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void secretSettingsAreNeverPlainValues(ValueSet set) {
        Manifests manifests = rendered(set);
        for (PodSpec pod : allPods(manifests)) {
            for (Container container : Manifests.containersOf(pod)) {
                manifests.environmentOf(container).forEach((name, variable) -> {
                    if (SECRET_NAME.matcher(name).find()) {
                        assertNull(variable.getValue(), name + " has a plain value");
                        assertNotNull(variable.getValueFrom().getSecretKeyRef(), name + " is not read from a Secret");
                    }
                });
            }
        }
        for (ConfigMap configMap : manifests.ofKind(ConfigMap.class)) {
            configMap
                    .getData()
                    .keySet()
                    .forEach(key -> assertFalse(SECRET_NAME.matcher(key).find(), key));
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyFileASettingNamesIsMounted(ValueSet set) {
        Manifests manifests = rendered(set);
        for (PodSpec pod : serverAndJobPods(manifests)) {
            for (Container container : pod.getContainers()) {
                manifests.environmentOf(container).forEach((name, variable) -> {
                    if (name.endsWith("_LOCATION") || name.endsWith("_SSLROOTCERT")) {
                        String file = variable.getValue();
                        VolumeMount mount = container.getVolumeMounts().stream()
                                .filter(m -> file.startsWith(m.getMountPath() + "/"))
                                .findFirst()
                                .orElseThrow(
                                        () -> new AssertionError(name + "=" + file + " is not in a mounted volume"));
                        Volume volume = pod.getVolumes().stream()
                                .filter(v -> v.getName().equals(mount.getName()))
                                .findFirst()
                                .orElseThrow();
                        String fileName = file.substring(mount.getMountPath().length() + 1);
                        assertTrue(
                                volume.getSecret().getItems().stream()
                                        .anyMatch(item -> item.getPath().equals(fileName)),
                                name + ": " + fileName + " is not an item of volume " + volume.getName());
                    }
                });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void podsRunAsNonRootOnAReadOnlyRootWithLibertysWritableDirectoriesOnEmptyDirs(ValueSet set) {
        Manifests manifests = rendered(set);
        for (PodSpec pod : allPods(manifests)) {
            assertEquals(true, pod.getSecurityContext().getRunAsNonRoot());
            for (Container container : Manifests.containersOf(pod)) {
                assertEquals(true, container.getSecurityContext().getReadOnlyRootFilesystem(), container.getName());
                assertEquals(false, container.getSecurityContext().getAllowPrivilegeEscalation(), container.getName());
                assertEquals(
                        List.of("ALL"),
                        container.getSecurityContext().getCapabilities().getDrop(),
                        container.getName());
            }
        }
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(
                    Set.of("/opt/ol/wlp/output", "/logs", "/tmp"), emptyDirMounts(pod, serverContainer(deployment)));
            assertEquals(false, pod.getAutomountServiceAccountToken());
        }
        PodSpec job = migrationJob(manifests).getSpec().getTemplate().getSpec();
        assertEquals(Set.of("/tmp"), emptyDirMounts(job, job.getContainers().get(0)));
    }

    private static Set<String> emptyDirMounts(PodSpec pod, Container container) {
        Set<String> emptyDirs = pod.getVolumes().stream()
                .filter(v -> v.getEmptyDir() != null)
                .map(Volume::getName)
                .collect(Collectors.toSet());
        return container.getVolumeMounts().stream()
                .filter(m -> emptyDirs.contains(m.getName()))
                .map(VolumeMount::getMountPath)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void migrationsRunOnceBeforeInstallAndUpgrade(ValueSet set) throws Exception {
        Job job = migrationJob(rendered(set));
        Map<String, String> annotations = job.getMetadata().getAnnotations();

        assertEquals(
                Set.of("pre-install", "pre-upgrade"),
                Set.of(Manifests.hookOf(job).orElseThrow().split(",", -1)));
        Integer.parseInt(annotations.get("helm.sh/hook-weight"));
        assertTrue(annotations.get("helm.sh/hook-delete-policy").contains("before-hook-creation"));
        assertEquals("Never", job.getSpec().getTemplate().getSpec().getRestartPolicy());

        Map<String, Object> migrations = map(HelmChart.values(set.file()).get("migrations"));
        List<String> command =
                job.getSpec().getTemplate().getSpec().getContainers().get(0).getCommand();
        List<String> expected = new ArrayList<>();
        expected.add((String) migrations.get("java"));
        expected.addAll(list(migrations.get("jvmOptions")));
        expected.addAll(List.of("-cp", (String) migrations.get("classpath"), MIGRATE_COMMAND));
        assertEquals(expected, command);
        Method main = Class.forName(MIGRATE_COMMAND).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theMigrationJobNeedsNothingTheReleaseCreates(ValueSet set) {
        Manifests manifests = rendered(set);
        Set<String> createdByRelease = manifests.all().stream()
                .filter(o -> Manifests.hookOf(o).isEmpty())
                .map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .collect(Collectors.toSet());
        PodSpec pod = migrationJob(manifests).getSpec().getTemplate().getSpec();

        String serviceAccount = Optional.ofNullable(pod.getServiceAccountName()).orElse("default");
        assertFalse(
                createdByRelease.contains("ServiceAccount/" + serviceAccount),
                "the chart's service account does not exist yet");
        for (Container container : Manifests.containersOf(pod)) {
            assertTrue(
                    Optional.ofNullable(container.getEnvFrom())
                            .orElse(List.of())
                            .isEmpty(),
                    "no ConfigMap of the release");
            for (EnvVar variable : container.getEnv()) {
                assertTrue(
                        variable.getValue() != null || variable.getValueFrom().getSecretKeyRef() != null,
                        variable.getName());
            }
        }
        for (Volume volume : pod.getVolumes()) {
            assertTrue(volume.getEmptyDir() != null || volume.getSecret() != null, volume.getName());
        }
        assertTrue(manifests.ofKind(ServiceAccount.class).stream()
                .allMatch(sa -> Manifests.hookOf(sa).isEmpty()));
    }

    @Test
    void withAWorkerDeploymentApiPodsRunNoConsumersAndWorkersServeNoApi() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        Map<String, EnvVar> api = manifests.environmentOf(serverContainer(manifests.get(Deployment.class, "procura")));
        Map<String, EnvVar> worker =
                manifests.environmentOf(serverContainer(manifests.get(Deployment.class, "procura-worker")));

        assertEquals("true", api.get("PROCURA_API_ENABLED").getValue());
        assertEquals("false", api.get("PROCURA_WORKER_ENABLED").getValue());
        assertEquals("false", worker.get("PROCURA_API_ENABLED").getValue());
        assertEquals("true", worker.get("PROCURA_WORKER_ENABLED").getValue());
        assertEquals(
                "api",
                manifests.get(Service.class, "procura").getSpec().getSelector().get("app.kubernetes.io/component"));
        assertEquals(
                "worker",
                manifests
                        .get(Deployment.class, "procura-worker")
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getLabels()
                        .get("app.kubernetes.io/component"));
    }

    @ParameterizedTest
    @EnumSource(
            value = ValueSet.class,
            names = {"DEFAULTS", "MINIMAL"})
    void withoutAWorkerDeploymentApiPodsAlsoRunTheWorkers(ValueSet set) {
        Manifests manifests = rendered(set);
        Map<String, EnvVar> api = manifests.environmentOf(serverContainer(apiDeployment(manifests)));

        assertEquals(1, manifests.ofKind(Deployment.class).size());
        assertEquals("true", api.get("PROCURA_API_ENABLED").getValue());
        assertEquals("true", api.get("PROCURA_WORKER_ENABLED").getValue());
    }

    @Test
    void helmTestAsksForReadinessThroughTheService() {
        Manifests manifests = rendered(ValueSet.DEFAULTS);
        Pod test = manifests.ofKind(Pod.class).get(0);
        Service service = manifests.get(Service.class, "procura");

        assertEquals("test", Manifests.hookOf(test).orElseThrow());
        assertEquals("Never", test.getSpec().getRestartPolicy());
        String url = "http://" + service.getMetadata().getName() + ":"
                + service.getSpec().getPorts().get(0).getPort() + "/health/ready";
        assertTrue(
                test.getSpec().getContainers().get(0).getCommand().contains(url),
                test.getSpec().getContainers().get(0).getCommand().toString());
    }

    @Test
    void prometheusScrapesMetricsByPodAnnotations() {
        Map<String, String> annotations = apiDeployment(rendered(ValueSet.DEFAULTS))
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getAnnotations();

        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals("/metrics", annotations.get("prometheus.io/path"));
    }

    @Test
    void theServiceMonitorSelectsTheApiAndWorkerServicesOnTheirHttpPort() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        GenericKubernetesResource monitor = manifests.serviceMonitors().get(0);
        Map<String, Object> spec = map(monitor.getAdditionalProperties().get("spec"));
        Map<String, Object> endpoint = map(list(spec.get("endpoints")).get(0));
        Map<String, Object> matchLabels = map(map(spec.get("selector")).get("matchLabels"));

        assertEquals("http", endpoint.get("port"));
        assertEquals("/metrics", endpoint.get("path"));
        List<String> selected = manifests.ofKind(Service.class).stream()
                .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(matchLabels.entrySet()))
                .map(s -> s.getMetadata().getName())
                .sorted()
                .toList();
        assertEquals(List.of("procura", "procura-worker"), selected);
        assertEquals("kube-prometheus-stack", monitor.getMetadata().getLabels().get("release"));
    }

    @Test
    void telemetryIsOffByDefault() {
        Map<String, String> config =
                rendered(ValueSet.DEFAULTS).get(ConfigMap.class, "procura").getData();

        assertEquals("true", config.get("OTEL_SDK_DISABLED"));
        assertFalse(config.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    @Test
    void telemetryExportsTracesOverOtlpWhenEnabled() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        Map<String, EnvVar> environment = manifests.environmentOf(serverContainer(apiDeployment(manifests)));

        assertEquals("false", environment.get("OTEL_SDK_DISABLED").getValue());
        assertEquals(
                "http://otel-collector.observability.svc:4317",
                environment.get("OTEL_EXPORTER_OTLP_ENDPOINT").getValue());
        assertEquals("otlp", environment.get("OTEL_TRACES_EXPORTER").getValue());
        assertEquals("none", environment.get("OTEL_METRICS_EXPORTER").getValue());
        assertEquals(
                "procura-otel",
                environment
                        .get("OTEL_EXPORTER_OTLP_HEADERS")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getName());
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void logsGoToTheConsoleAsJsonAtTheLevelOfTheValues(ValueSet set) throws Exception {
        Manifests manifests = rendered(set);
        Deployment api = apiDeployment(manifests);
        Map<String, EnvVar> environment = manifests.environmentOf(serverContainer(api));
        assertEquals("json", environment.get("WLP_LOGGING_CONSOLE_FORMAT").getValue());

        String override =
                manifests.get(ConfigMap.class, "procura-liberty").getData().get("logging.xml");
        Element logging = (Element) DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(override.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getDocumentElement()
                .getElementsByTagName("logging")
                .item(0);
        Map<String, Object> values = map(HelmChart.values(set.file()).get("logging"));
        assertEquals(values.get("traceSpecification"), logging.getAttribute("traceSpecification"));
        assertEquals(values.get("consoleLogLevel"), logging.getAttribute("consoleLogLevel"));
        assertTrue(serverContainer(api).getVolumeMounts().stream()
                .anyMatch(m ->
                        m.getMountPath().startsWith("/opt/ol/wlp/usr/servers/defaultServer/configDropins/overrides/")
                                && "logging.xml".equals(m.getSubPath())));
    }

    @Test
    void theIngressRoutesOnlyTheApiToTheApiService() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        Ingress ingress = manifests.ofKind(Ingress.class).get(0);
        List<HTTPIngressPath> paths =
                ingress.getSpec().getRules().get(0).getHttp().getPaths();

        assertEquals(
                List.of("/api", "/.well-known"),
                paths.stream().map(HTTPIngressPath::getPath).toList());
        for (HTTPIngressPath path : paths) {
            Service service =
                    manifests.get(Service.class, path.getBackend().getService().getName());
            String port = path.getBackend().getService().getPort().getName();
            assertTrue(service.getSpec().getPorts().stream()
                    .anyMatch(p -> p.getName().equals(port)));
            assertEquals("api", service.getSpec().getSelector().get("app.kubernetes.io/component"));
        }
        assertEquals("procura-tls", ingress.getSpec().getTls().get(0).getSecretName());
    }

    @Test
    void kafkaSecuritySettingsReachTheServer() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        Map<String, EnvVar> environment =
                manifests.environmentOf(serverContainer(manifests.get(Deployment.class, "procura-worker")));

        assertEquals(
                "SASL_SSL", environment.get("PROCURA_KAFKA_SECURITY_PROTOCOL").getValue());
        assertEquals(
                "SCRAM-SHA-512", environment.get("PROCURA_KAFKA_SASL_MECHANISM").getValue());
        assertEquals(
                "sasl.jaas.config",
                environment
                        .get("PROCURA_KAFKA_SASL_JAAS_CONFIG")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey());
        assertEquals("PEM", environment.get("PROCURA_KAFKA_SSL_TRUSTSTORE_TYPE").getValue());
    }

    @Test
    void eachTenantServerGetsItsOwnVariables() {
        Manifests manifests = rendered(ValueSet.PRODUCTION);
        Map<String, EnvVar> environment = manifests.environmentOf(serverContainer(apiDeployment(manifests)));

        assertEquals("eu-a,eu-b", environment.get("PROCURA_TENANTS_SERVERS").getValue());
        assertEquals(
                "jdbc:postgresql://pg-tenants-b.db.example.internal:5432/",
                environment.get("PROCURA_TENANTS_SERVER_EU_B_URL").getValue());
        assertEquals(
                "tenants-b-password",
                environment
                        .get("PROCURA_TENANTS_SERVER_EU_B_PASSWORD")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey());
    }

    @Test
    void theReadmeDocumentsEveryValue() throws IOException {
        String readme = Files.readString(HelmChart.SOURCE.resolve("README.md"));
        List<String> undocumented = leafPaths("", HelmChart.load(HelmChart.SOURCE.resolve("values.yaml"))).stream()
                .filter(path -> !isDocumented(readme, path))
                .toList();

        assertEquals(List.of(), undocumented);
    }

    /** A value is documented by a row naming it or a key above it (e.g. `api.resources` for its requests). */
    private static boolean isDocumented(String readme, String path) {
        for (String prefix = path; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
            if (readme.contains("`" + prefix + "`")) {
                return true;
            }
            if (!prefix.contains(".")) {
                return false;
            }
        }
    }

    private static List<String> leafPaths(String prefix, Map<String, Object> values) {
        List<String> paths = new ArrayList<>();
        values.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                paths.addAll(leafPaths(path, map(nested)));
            } else {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Every {name, key} (or {name, …Key}) under a values key ending in "Secret", as name/key. */
    private static Set<String> declaredSecretKeys(Map<String, Object> values, Set<String> found) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                Map<String, Object> object = map(nested);
                if (key.endsWith("Secret") && object.get("name") instanceof String name && !name.isEmpty()) {
                    object.forEach((field, secretKey) -> {
                        if (field.equals("key") || field.endsWith("Key")) {
                            found.add(name + "/" + secretKey);
                        }
                    });
                }
                declaredSecretKeys(object, found);
            } else if (value instanceof List<?> items) {
                items.stream().filter(Map.class::isInstance).forEach(item -> declaredSecretKeys(map(item), found));
            }
        });
        return found;
    }

    private static Set<String> tenantServerNames(ValueSet set) {
        Map<String, Object> postgresql = map(HelmChart.values(set.file()).get("postgresql"));
        Set<String> names = new TreeSet<>();
        list(postgresql.get("tenantServers"))
                .forEach(server -> names.add((String) map(server).get("name")));
        return names;
    }

    private static Deployment apiDeployment(Manifests manifests) {
        return manifests.get(Deployment.class, "procura");
    }

    private static Container serverContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("procura"))
                .findFirst()
                .orElseThrow();
    }

    private static Job migrationJob(Manifests manifests) {
        return manifests.get(Job.class, "procura-migrate");
    }

    private static List<PodSpec> serverAndJobPods(Manifests manifests) {
        List<PodSpec> pods = new ArrayList<>();
        manifests
                .ofKind(Deployment.class)
                .forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        manifests
                .ofKind(Job.class)
                .forEach(j -> pods.add(j.getSpec().getTemplate().getSpec()));
        return pods;
    }

    private static List<PodSpec> allPods(Manifests manifests) {
        List<PodSpec> pods = serverAndJobPods(manifests);
        manifests.ofKind(Pod.class).forEach(p -> pods.add(p.getSpec()));
        return pods;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
