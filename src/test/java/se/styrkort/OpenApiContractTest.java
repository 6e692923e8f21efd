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
    assertEquals(
        committed,
        yaml.readTree(served),
        "openapi/openapi.yaml differs from the served contract; if the change is intended,"
            + " regenerate it (see this test's comment)");
  }
}
