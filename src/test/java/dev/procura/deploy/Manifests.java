package dev.procura.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rendered manifests parsed strictly as Kubernetes objects with fabric8's model: every kind must
 * map to a typed class, and no field may be unknown to it (fabric8 keeps unknown fields in
 * {@code additionalProperties} instead of failing, so every object in the tree is checked). The
 * one custom resource, the Prometheus Operator's ServiceMonitor, has no model here and is checked
 * against the fields the chart may set.
 */
final class Manifests {

    static final String SERVICE_MONITOR = "ServiceMonitor";
    private static final Map<String, Set<String>> SERVICE_MONITOR_FIELDS = Map.of(
            "spec", Set.of("selector", "endpoints", "namespaceSelector", "jobLabel"),
            "selector", Set.of("matchLabels"),
            "endpoint", Set.of("port", "path", "interval", "scrapeTimeout", "scheme"));
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final List<HasMetadata> objects;

    private Manifests(List<HasMetadata> objects) {
        this.objects = objects;
    }

    /** Parses {@code helm template} output; fails naming every object and field that is not valid Kubernetes. */
    static Manifests parse(String rendered) {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String document : rendered.split("(?m)^---\\s*$", -1)) {
            if (document.lines()
                    .allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            KubernetesResource parsed = SERIALIZATION.unmarshal(document);
            if (!(parsed instanceof HasMetadata object)) {
                problems.add("not a Kubernetes object: "
                        + document.strip().lines().findFirst().orElse(""));
                continue;
            }
            String where = object.getKind() + " " + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource generic) {
                if (SERVICE_MONITOR.equals(generic.getKind())
                        && "monitoring.coreos.com/v1".equals(generic.getApiVersion())) {
                    checkServiceMonitor(generic, where, problems);
                    findUnknownFields(generic.getMetadata(), where + " metadata", problems);
                } else {
                    problems.add(where + ": " + object.getApiVersion() + " " + object.getKind()
                            + " is not a known typed kind");
                }
            } else {
                findUnknownFields(object, where, problems);
            }
            objects.add(object);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Rendered manifests are not strictly valid:\n  " + String.join("\n  ", problems));
        }
        return new Manifests(objects);
    }

    List<HasMetadata> all() {
        return objects;
    }

    <T extends HasMetadata> List<T> ofKind(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return ofKind(type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + name));
    }

    List<GenericKubernetesResource> serviceMonitors() {
        return ofKind(GenericKubernetesResource.class).stream()
                .filter(o -> SERVICE_MONITOR.equals(o.getKind()))
                .toList();
    }

    /** Whether the object is a hook; rendered from the copy where the hook annotation was renamed. */
    static Optional<String> hookOf(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        return Optional.ofNullable(annotations == null ? null : annotations.get(HelmChart.RENDERED_HOOK));
    }

    /** A container's environment: its own variables over those of the ConfigMaps it imports. */
    Map<String, EnvVar> environmentOf(Container container) {
        Map<String, EnvVar> environment = new LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() == null) {
                throw new AssertionError(container.getName() + " imports something other than a ConfigMap");
            }
            ConfigMap configMap = get(ConfigMap.class, source.getConfigMapRef().getName());
            configMap.getData().forEach((name, value) -> environment.put(name, new EnvVar(name, value, null)));
        }
        for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            environment.put(variable.getName(), variable);
        }
        return environment;
    }

    static List<Container> containersOf(PodSpec pod) {
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(Optional.ofNullable(pod.getInitContainers()).orElse(List.of()));
        return containers;
    }

    @SuppressWarnings("unchecked")
    private static void checkServiceMonitor(GenericKubernetesResource monitor, String where, List<String> problems) {
        Map<String, Object> rest = new LinkedHashMap<>(monitor.getAdditionalProperties());
        Object spec = rest.remove("spec");
        if (!rest.isEmpty()) {
            problems.add(where + ": unknown fields " + rest.keySet());
        }
        if (!(spec instanceof Map<?, ?> specMap)) {
            problems.add(where + ": no spec");
            return;
        }
        onlyFields((Map<String, Object>) specMap, "spec", where, problems);
        if (specMap.get("selector") instanceof Map<?, ?> selector) {
            onlyFields((Map<String, Object>) selector, "selector", where + " spec.selector", problems);
        } else {
            problems.add(where + ": spec.selector must be an object");
        }
        if (specMap.get("endpoints") instanceof List<?> endpoints && !endpoints.isEmpty()) {
            for (Object endpoint : endpoints) {
                if (endpoint instanceof Map<?, ?> endpointMap) {
                    onlyFields((Map<String, Object>) endpointMap, "endpoint", where + " spec.endpoints[]", problems);
                } else {
                    problems.add(where + ": an endpoint is not an object");
                }
            }
        } else {
            problems.add(where + ": spec.endpoints must be a non-empty list");
        }
    }

    private static void onlyFields(Map<String, Object> object, String shape, String where, List<String> problems) {
        List<String> unknown = object.keySet().stream()
                .filter(key -> !SERVICE_MONITOR_FIELDS.get(shape).contains(key))
                .toList();
        if (!unknown.isEmpty()) {
            problems.add(where + ": unknown fields " + unknown);
        }
    }

    /** Walks a fabric8 object tree and reports every non-empty additionalProperties with its path. */
    private static void findUnknownFields(Object node, String path, List<String> problems) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> findUnknownFields(value, path + "." + key, problems));
            return;
        }
        if (node instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                findUnknownFields(element, path + "[" + index++ + "]", problems);
            }
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, node);
                if (field.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        problems.add(path + ": unknown fields " + unknown.keySet());
                    }
                } else {
                    findUnknownFields(value, path + "." + field.getName(), problems);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + field + " of " + owner.getClass(), e);
        }
    }
}
