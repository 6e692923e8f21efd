package se.styrkort.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * v1 is frozen: every client generated from the published contract must keep working. The contract
 * the build generates (openapi/openapi.yaml) is compared with the committed v1 baseline
 * (openapi/v1-baseline.yaml) by openapi-diff: an operation or field removed, a field made required,
 * a type or enum narrowed, a response taken away fails the build; additions pass.
 *
 * <p>The baseline moves only on purpose: copy openapi.yaml over it when an addition is released.
 */
class ContractCompatibilityTest {

  static final Path CURRENT = Path.of("openapi/openapi.yaml");
  static final Path BASELINE = Path.of("openapi/v1-baseline.yaml");

  @Test
  void theContractBreaksNothingThatV1Published() throws Exception {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(
            BASELINE.toAbsolutePath().toString(), CURRENT.toAbsolutePath().toString());
    assertTrue(
        !diff.isIncompatible(),
        () -> "openapi/openapi.yaml breaks v1 (openapi/v1-baseline.yaml):\n" + render(diff));
  }

  @Test
  void aBreakingChangeIsCaught() throws Exception {
    // The check itself: the baseline without its first operation's 200 answer, taken as the
    // "new" contract, must be judged incompatible.
    String baseline = Files.readString(BASELINE);
    String broken = baseline.replaceFirst("\\n {8}\"200\":\\n", "\n        \"299\":\n");
    assertTrue(!broken.equals(baseline), "the baseline has a 200 answer to take away");
    Path file = Files.createTempFile("broken-contract", ".yaml");
    try {
      Files.writeString(file, broken);
      ChangedOpenApi diff =
          OpenApiCompare.fromLocations(
              BASELINE.toAbsolutePath().toString(), file.toAbsolutePath().toString());
      assertTrue(diff.isIncompatible(), "taking a 200 away must count as breaking");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (Exception e) {
      return "(the differences could not be rendered: " + e + ")";
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
