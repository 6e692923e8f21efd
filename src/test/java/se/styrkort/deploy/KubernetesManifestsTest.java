package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests in deploy/kubernetes describe what docs/deploy.md promises: hardened, probed,
 * bounded replicas that shut down gracefully, with an autoscaler and a disruption budget that find
 * them, and only settings the service knows. Plain YAML parsing: no cluster needed.
 */
class KubernetesManifestsTest {

  private static final Path DIR = Path.of("deploy/kubernetes");
  private static final Set<String> HEALTH =
      Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
  private static final List<JsonNode> MANIFESTS = new ArrayList<>();
  private static Properties properties;
  private static String mainSources;

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.walk(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (var docs = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
          while (docs.hasNext()) {
            JsonNode doc = (JsonNode) docs.next();
            if (doc != null && !doc.isEmpty()) {
              MANIFESTS.add(doc);
            }
          }
        }
      }
    }
    properties = new Properties();
    String text = Files.readString(Path.of("src/main/resources/application.properties"));
    properties.load(new StringReader(text));
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
      mainSources =
          text
              + java.filter(f -> f.toString().endsWith(".java"))
                  .map(KubernetesManifestsTest::readString)
                  .collect(Collectors.joining("\n"));
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<JsonNode> kind(String kind) {
    return MANIFESTS.stream().filter(m -> kind.equals(m.path("kind").asText())).toList();
  }

  private static JsonNode deployment() {
    // The Galera overlay's patch is a partial Deployment without a selector.
    List<JsonNode> deployments =
        kind("Deployment").stream().filter(d -> d.at("/spec/selector").isObject()).toList();
    assertEquals(1, deployments.size(), "one Deployment");
    return deployments.get(0);
  }

  private static JsonNode container() {
    JsonNode containers = deployment().at("/spec/template/spec/containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  @Test
  void everyManifestHasAKindAndAName() {
    assertTrue(MANIFESTS.size() >= 8, "manifests: " + MANIFESTS.size());
    for (JsonNode manifest : MANIFESTS) {
      if (manifest.path("kind").asText().equals("Kustomization")) {
        continue;
      }
      assertFalse(manifest.path("apiVersion").asText().isEmpty(), manifest.toString());
      assertFalse(manifest.at("/metadata/name").asText().isEmpty(), manifest.toString());
    }
    for (String kind :
        List.of(
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "Job",
            "Secret",
            "Kustomization")) {
      assertFalse(kind(kind).isEmpty(), "a " + kind);
    }
  }

  @Test
  void probesPointAtTheHealthEndpointsOnANamedPort() {
    JsonNode container = container();
    Set<String> ports = new TreeSet<>();
    container.path("ports").forEach(p -> ports.add(p.path("name").asText()));
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      JsonNode get = container.path(probe).path("httpGet");
      assertTrue(HEALTH.contains(get.path("path").asText()), probe + " " + get);
      assertTrue(ports.contains(get.path("port").asText()), probe + " port " + get);
    }
    assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
    assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
    // smallrye-health serves them under the default root; nothing moves it.
    assertFalse(properties.containsKey("quarkus.smallrye-health.root-path"));
    assertFalse(properties.containsKey("quarkus.http.non-application-root-path"));
  }

  @Test
  void replicasAreBoundedAndHardened() {
    JsonNode spec = deployment().path("spec");
    assertTrue(spec.path("replicas").asInt() >= 3, "replicas");
    JsonNode resources = container().path("resources");
    for (String bound : List.of("requests", "limits")) {
      assertFalse(resources.at("/" + bound + "/cpu").asText().isEmpty(), bound + " cpu");
      assertFalse(resources.at("/" + bound + "/memory").asText().isEmpty(), bound + " memory");
    }
    JsonNode pod = spec.at("/template/spec");
    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
    assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
    JsonNode security = container().path("securityContext");
    assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
    assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true));
    assertEquals("[\"ALL\"]", security.at("/capabilities/drop").toString());
    String tmpVolume = null;
    for (JsonNode mount : container().path("volumeMounts")) {
      if (mount.path("mountPath").asText().equals("/tmp")) {
        tmpVolume = mount.path("name").asText();
      }
    }
    assertTrue(tmpVolume != null, "/tmp is mounted");
    boolean emptyDir = false;
    for (JsonNode volume : pod.path("volumes")) {
      emptyDir |= volume.path("name").asText().equals(tmpVolume) && volume.has("emptyDir");
    }
    assertTrue(emptyDir, "/tmp is an emptyDir");
  }

  @Test
  void theGracePeriodCoversThePreStopSleepAndQuarkusShutdown() {
    Duration shutdown =
        Duration.parse("PT" + properties.getProperty("quarkus.shutdown.timeout").toUpperCase());
    assertTrue(shutdown.toSeconds() > 0);
    JsonNode command = container().at("/lifecycle/preStop/exec/command");
    assertEquals("sleep", command.get(0).asText(), "preStop sleeps");
    int sleep = command.get(1).asInt();
    assertTrue(sleep > 0);
    int grace = deployment().at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
    assertTrue(
        grace > sleep + shutdown.toSeconds(),
        "grace "
            + grace
            + " s > preStop "
            + sleep
            + " s + shutdown "
            + shutdown.toSeconds()
            + " s");
  }

  @Test
  void theAutoscalerTheBudgetAndTheServiceFindThePods() {
    JsonNode deployment = deployment();
    String name = deployment.at("/metadata/name").asText();
    JsonNode labels = deployment.at("/spec/template/metadata/labels");

    JsonNode hpa = kind("HorizontalPodAutoscaler").get(0);
    assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
    assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
    assertEquals(name, hpa.at("/spec/scaleTargetRef/name").asText());
    assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
    assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2);

    JsonNode pdb = kind("PodDisruptionBudget").get(0);
    assertMatches(pdb.at("/spec/selector/matchLabels"), labels, "PDB");
    assertMatches(deployment.at("/spec/selector/matchLabels"), labels, "Deployment selector");
    assertMatches(kind("Service").get(0).at("/spec/selector"), labels, "Service");
    String servicePort = kind("Service").get(0).at("/spec/ports/0/targetPort").asText();
    assertEquals(container().at("/ports/0/name").asText(), servicePort);
  }

  private static void assertMatches(JsonNode selector, JsonNode labels, String what) {
    assertFalse(selector.isMissingNode() || selector.isEmpty(), what + " has a selector");
    selector
        .fields()
        .forEachRemaining(
            e -> assertEquals(e.getValue(), labels.path(e.getKey()), what + " " + e.getKey()));
  }

  @Test
  void kustomizationsNameFilesThatExist() throws IOException {
    for (Path file :
        List.of(DIR.resolve("kustomization.yaml"), DIR.resolve("galera/kustomization.yaml"))) {
      JsonNode kustomization = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      for (JsonNode resource : kustomization.path("resources")) {
        assertTrue(
            Files.exists(file.getParent().resolve(resource.asText())), file + ": " + resource);
      }
      for (JsonNode patch : kustomization.path("patches")) {
        assertTrue(
            Files.exists(file.getParent().resolve(patch.path("path").asText())),
            file + ": " + patch);
      }
    }
  }

  @Test
  void theGaleraJobMigratesAndTheReplicasDoNot() throws IOException {
    JsonNode job = kind("Job").get(0);
    Map<String, String> env = envOf(job.at("/spec/template/spec/containers/0"));
    assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"));
    assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
    JsonNode patch =
        new ObjectMapper(new YAMLFactory())
            .readTree(DIR.resolve("galera/no-migrate-at-start.yaml").toFile());
    assertEquals(
        "false",
        envOf(patch.at("/spec/template/spec/containers/0")).get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
    assertEquals("true", properties.getProperty("quarkus.flyway.migrate-at-start"));
  }

  @Test
  void everyVariableIsASettingTheServiceKnows() {
    Set<String> names = new TreeSet<>();
    for (JsonNode manifest : MANIFESTS) {
      manifest
          .findValues("env")
          .forEach(env -> env.forEach(e -> names.add(e.path("name").asText())));
      if (manifest.path("kind").asText().equals("Secret")
          && manifest.at("/metadata/name").asText().equals("styrkort-database")) {
        manifest.path("stringData").fieldNames().forEachRemaining(names::add);
      }
    }
    assertTrue(names.contains("STYRKORT_SECURITY_ADMIN_KEY_FILE"), names.toString());
    Set<String> known = new TreeSet<>();
    properties.stringPropertyNames().forEach(p -> known.add(envName(p)));
    for (String name : names) {
      assertTrue(
          known.contains(name) || mainSources.contains(name),
          name + " is neither in application.properties nor named in src/main");
    }
  }

  @Test
  void behindTheIngressTheServiceTakesForwardedHeadersOnlyFromPrivateRanges() {
    Map<String, String> env = envOf(container());
    assertEquals("false", properties.getProperty("styrkort.proxy.forwarding"), "off on a laptop");
    assertEquals("true", env.get("STYRKORT_PROXY_FORWARDING"));
    String trusted = env.get("STYRKORT_PROXY_TRUSTED");
    assertFalse(trusted == null || trusted.isBlank(), "trusted proxies named");
    assertFalse(trusted.contains("0.0.0.0/0"), trusted);
  }

  private static String envName(String property) {
    return property.replaceAll("^%[a-z]+\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
  }

  private static Map<String, String> envOf(JsonNode container) {
    Map<String, String> env = new java.util.HashMap<>();
    container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
    return env;
  }
}
