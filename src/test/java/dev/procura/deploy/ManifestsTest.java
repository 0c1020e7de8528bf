package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The strict parsing HelmChartTest relies on refuses what helm lint lets through. */
class ManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: %s
            kind: Deployment
            metadata:
              name: procura
            spec:
              replicas: %s
              selector:
                matchLabels:
                  app: procura
              template:
                metadata:
                  labels:
                    app: procura
                spec:
                  %s:
                    - name: procura
                      image: procura:1
                      ports:
                        - containerPort: 4999
                          protcol: TCP
            """;

    @Test
    void aValidObjectParsesAsItsTypedClass() {
        String valid = DEPLOYMENT.formatted("apps/v1", "2", "containers").replace("protcol", "protocol");

        Manifests manifests = Manifests.parse("---\n# Source: x\n" + valid);

        assertEquals(2, manifests.get(Deployment.class, "procura").getSpec().getReplicas());
    }

    @Test
    void aMisspelledFieldIsRefused() {
        AssertionError refused = assertThrows(
                AssertionError.class,
                () -> Manifests.parse(
                        DEPLOYMENT.formatted("apps/v1", "2", "contianers").replace("protcol", "protocol")));

        assertTrue(
                refused.getMessage().contains("spec.template.spec: unknown fields [contianers]"), refused.getMessage());
    }

    @Test
    void aMisspelledFieldDeepInTheTreeIsRefused() {
        AssertionError refused = assertThrows(
                AssertionError.class, () -> Manifests.parse(DEPLOYMENT.formatted("apps/v1", "2", "containers")));

        assertTrue(
                refused.getMessage().contains("containers[0].ports[0]: unknown fields [protcol]"),
                refused.getMessage());
    }

    @Test
    void aKindUnderAWrongApiVersionIsRefused() {
        AssertionError refused = assertThrows(
                AssertionError.class,
                () -> Manifests.parse(
                        DEPLOYMENT.formatted("apps/v2", "2", "containers").replace("protcol", "protocol")));

        assertTrue(refused.getMessage().contains("apps/v2 Deployment is not a known typed kind"), refused.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Manifests.parse(
                        DEPLOYMENT.formatted("apps/v1", "two", "containers").replace("protcol", "protocol")));

        assertTrue(refused.getMessage().contains("from String \"two\""), refused.getMessage());
    }

    @Test
    void aServiceMonitorMayHaveOnlyTheFieldsTheChartUses() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: procura
                spec:
                  selector:
                    matchLabels:
                      app: procura
                  endpoints:
                    - port: http
                      pth: /metrics
                """;

        AssertionError refused = assertThrows(AssertionError.class, () -> Manifests.parse(monitor));

        assertTrue(refused.getMessage().contains("unknown fields [pth]"), refused.getMessage());
        assertEquals(
                1,
                Manifests.parse(monitor.replace("pth", "path"))
                        .serviceMonitors()
                        .size());
    }
}
