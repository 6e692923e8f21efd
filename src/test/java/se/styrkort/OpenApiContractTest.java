package se.styrkort;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * The committed contract is the product: this test fails when the document the service serves and
 * openapi/openapi.yaml differ. After a deliberate API change, regenerate the file with {@code
 * ./mvnw test -Dtest=OpenApiContractTest -Dstyrkort.contract.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

  private static final String HEADER =
      "# GENERATED from the running service by OpenApiContractTest; do not edit by hand.\n"
          + "# Regenerate: ./mvnw test -Dtest=OpenApiContractTest -Dstyrkort.contract.update=true\n";

  @Test
  void servedDocumentEqualsCommittedContract() throws IOException {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("styrkort.contract.update")) {
      Files.createDirectories(Api.CONTRACT.getParent());
      Files.writeString(Api.CONTRACT, HEADER + served, StandardCharsets.UTF_8);
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode committed = yaml.readTree(Files.readString(Api.CONTRACT, StandardCharsets.UTF_8));
    List<String> differences = new ArrayList<>();
    diff("", committed, yaml.readTree(served), differences);
    assertEquals(
        List.of(),
        differences.stream().limit(25).toList(),
        "openapi/openapi.yaml differs from the served contract at these places; if the change"
            + " is intended, regenerate it (see this test's comment)");
  }

  /** Collects the JSON pointers at which two documents differ. */
  private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
      out.add(
          at + (expected == null ? " (only served)" : actual == null ? " (only committed)" : ""));
      return;
    }
    if (expected.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(
            at + "/" + name.replace("~", "~0").replace("/", "~1"),
            expected.get(name),
            actual.get(name),
            out);
      }
    } else if (expected.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        diff(at + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(at);
    }
  }
}
