package se.styrkort.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The roles table in docs/access.md says what AccessPolicy enforces, operation by operation. */
class AccessPolicyReadmeTest {

  private static final String PUBLIC_ROW = "anyone, for a public adopted plan; else viewer";
  private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| (.+) \\|$");
  private static final Pattern OPERATION = Pattern.compile("`(\\w+)`");

  @Test
  void theRolesTableListsEveryOperationUnderItsRole() throws IOException {
    String page = Files.readString(Path.of("docs/access.md"));
    String section = page.substring(page.indexOf("## Who may read and change what"));
    int end = section.indexOf("\n## ", 5);
    section = end < 0 ? section : section.substring(0, end);
    Map<String, String> documented = new TreeMap<>();
    for (String line : section.split("\n")) {
      Matcher row = ROW.matcher(line.strip());
      if (!row.matches() || row.group(1).equals("role") || row.group(1).startsWith("---")) {
        continue;
      }
      Matcher operation = OPERATION.matcher(row.group(2));
      while (operation.find()) {
        documented.put(operation.group(1), row.group(1).strip());
      }
    }
    Map<String, String> enforced = new TreeMap<>();
    for (AccessRule rule : AccessPolicy.RULES) {
      enforced.put(rule.operationId(), rule.publicRead() ? PUBLIC_ROW : rule.role().label());
    }
    assertEquals(enforced, documented);
  }
}
