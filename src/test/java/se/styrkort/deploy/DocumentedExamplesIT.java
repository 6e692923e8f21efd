package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkort.support.KoladaStub;
import se.styrkort.support.PackagedService;

/**
 * The README and every page of docs/ against the packaged service, started the README's way on a
 * fresh embedded database: each {@code sh} block is run in bash (one shell per page, so variables
 * carry from block to block), and each {@code #>} line under a command is what the command must
 * print, {@code …} standing for anything. A block that cannot run here says why in a {@code <!--
 * not run: … -->} comment above its fence. The README runs first, on the fresh demo plan; then the
 * pages of docs/ in alphabetical order. See docs/development.md.
 */
class DocumentedExamplesIT {

  static final String NOT_RUN = "<!-- not run";
  static final String OUTPUT = "#>";
  static final String ANY = "…";

  private static Path workDir;
  private static PackagedService service;

  @BeforeAll
  static void startTheReadmeWay() throws IOException {
    workDir = Files.createTempDirectory("styrkort-docs");
    // docs/kolada.md syncs with Kolada: here a local stand-in serving made-up key figures.
    Map<String, String> settings = new HashMap<>();
    new KoladaStub()
        .start()
        .forEach(
            (name, value) ->
                settings.put(
                    name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
    service = PackagedService.launchEmbedded("docs", workDir, settings);
    service.awaitReady(Duration.ofSeconds(900));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void everyExampleGivesWhatThePageShows() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> failures = new ArrayList<>();
    int commands = 0;
    int checked = 0;
    List<String> skipped = new ArrayList<>();
    for (Path page : pages) {
      Page parsed = Page.parse(page, Files.readString(page, StandardCharsets.UTF_8));
      skipped.addAll(parsed.skipped());
      if (parsed.commands().isEmpty()) {
        continue;
      }
      List<Result> results = run(parsed, !page.toString().equals("README.md"));
      for (int i = 0; i < parsed.commands().size(); i++) {
        Command command = parsed.commands().get(i);
        commands++;
        Result result = i < results.size() ? results.get(i) : null;
        String where = page + ":" + command.line();
        if (result == null) {
          failures.add(where + " did not run (an earlier command ended the shell)");
          continue;
        }
        if (result.exit() != 0) {
          failures.add(where + " exited " + result.exit() + ":\n" + result.output());
          continue;
        }
        if (!command.expected().isEmpty()) {
          checked++;
          String expected = String.join("\n", command.expected());
          if (!matches(expected, result.output().strip())) {
            failures.add(
                where + "\n  shows:  " + expected + "\n  prints: " + result.output().strip());
          }
        }
      }
    }
    System.out.printf(
        "[docs] %d pages, %d commands run, %d outputs compared, %d blocks not run: %s%n",
        pages.size(), commands, checked, skipped.size(), skipped);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " examples differ from the service:\n\n"
              + String.join("\n\n", failures));
    }
    assertTrue(checked > 10, "the README's tour alone shows more than 10 outputs");
  }

  @Test
  void theMatcherTakesEllipsisForAnythingAndTheRestExactly() {
    assertTrue(
        matches("{\"id\":24,…,\"version\":0,…}", "{\"id\":24,\"a\":1,\"version\":0,\"b\":2}"));
    assertTrue(!matches("{\"id\":24,…}", "{\"id\":25,\"a\":1}"));
    assertTrue(!matches("…\"status\":409", "{\"status\":409,\"code\":\"X\"}"));
    assertTrue(matches("…\"status\":409…", "{\"status\":409,\"code\":\"X\"}"));
    assertTrue(!matches("ETag: \"0\"", "ETag: \"1\""));
    assertEquals(
        List.of("curl -s a \\\n  -d '{\"a\": 1,\n  \"b\": 2}'"),
        Page.parse(
                Path.of("x.md"), "```sh\ncurl -s a \\\n  -d '{\"a\": 1,\n  \"b\": 2}'\n#> x\n```\n")
            .commands()
            .stream()
            .map(Command::text)
            .toList());
  }

  /** Anything for each {@code …}; the rest exactly, anchored at both ends. */
  static boolean matches(String expected, String actual) {
    String[] pieces = expected.split(ANY, -1);
    if (pieces.length == 1) {
      return expected.equals(actual);
    }
    if (!actual.startsWith(pieces[0])) {
      return false;
    }
    int at = pieces[0].length();
    for (int i = 1; i < pieces.length - 1; i++) {
      int found = actual.indexOf(pieces[i], at);
      if (found < 0) {
        return false;
      }
      at = found + pieces[i].length();
    }
    String last = pieces[pieces.length - 1];
    return actual.length() - last.length() >= at && actual.endsWith(last);
  }

  /** Runs one page's commands in one bash, each followed by a marker with its exit status. */
  private static List<Result> run(Page page, boolean withKey) throws Exception {
    String base = "localhost:" + service.port();
    StringBuilder script = new StringBuilder();
    if (withKey) {
      script.append("KEY=$(cat .styrkort/admin-key)\n");
    }
    List<Command> commands = page.commands();
    for (int i = 0; i < commands.size(); i++) {
      script.append(commands.get(i).text().replace("localhost:8080", base)).append('\n');
      script.append("printf '\\n@@@").append(i).append(":%d@@@\\n' $?\n");
    }
    Path file = Files.createTempFile(workDir, "page", ".sh");
    Files.writeString(file, script.toString(), StandardCharsets.UTF_8);
    ProcessBuilder builder =
        new ProcessBuilder("bash", file.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = new HashMap<>(builder.environment());
    builder.environment().clear();
    builder.environment().put("PATH", env.getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().put("HOME", env.getOrDefault("HOME", workDir.toString()));
    builder.environment().put("LANG", "C.UTF-8");
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    String output = new String(out, StandardCharsets.UTF_8).replace(base, "localhost:8080");
    List<Result> results = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < commands.size(); i++) {
      String marker = "@@@" + i + ":";
      int at = output.indexOf(marker, from);
      if (at < 0) {
        break;
      }
      int end = output.indexOf("@@@", at + marker.length());
      int exit = Integer.parseInt(output.substring(at + marker.length(), end));
      String text = output.substring(from, at);
      results.add(
          new Result(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, exit));
      from = end + 4;
    }
    return results;
  }

  record Result(String output, int exit) {}

  record Command(int line, String text, List<String> expected) {}

  /** A page's runnable commands, in order, and the blocks it says are not run. */
  record Page(List<Command> commands, List<String> skipped) {

    static Page parse(Path path, String markdown) {
      List<Command> commands = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      String[] lines = markdown.split("\n", -1);
      String previous = "";
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (!line.startsWith("```")) {
          if (!line.isBlank()) {
            previous = line.strip();
          }
          continue;
        }
        boolean shell = line.strip().equals("```sh");
        boolean run = shell && !previous.startsWith(NOT_RUN);
        if (shell && !run) {
          skipped.add(path + ":" + (i + 1));
        }
        int start = i + 1;
        do {
          i++;
        } while (i < lines.length && !lines[i].startsWith("```"));
        if (run) {
          block(lines, start, i, commands);
        }
        previous = "";
      }
      return new Page(commands, skipped);
    }

    /** Commands run over continuation lines and open single quotes; #> lines are output. */
    private static void block(String[] lines, int from, int to, List<Command> commands) {
      StringBuilder text = null;
      int startLine = 0;
      boolean open = false;
      for (int i = from; i < to; i++) {
        String line = lines[i];
        if (text != null) {
          text.append('\n').append(line);
          open ^= quotes(line) % 2 == 1;
          if (!open && !line.endsWith("\\")) {
            commands.add(new Command(startLine, text.toString(), new ArrayList<>()));
            text = null;
          }
          continue;
        }
        String stripped = line.strip();
        if (stripped.startsWith(OUTPUT)) {
          if (commands.isEmpty()) {
            throw new IllegalStateException("output before any command at line " + (i + 1));
          }
          String shown = stripped.substring(OUTPUT.length());
          commands
              .get(commands.size() - 1)
              .expected()
              .add(shown.startsWith(" ") ? shown.substring(1) : shown);
          continue;
        }
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        open = quotes(line) % 2 == 1;
        if (open || line.endsWith("\\")) {
          text = new StringBuilder(line);
          startLine = i + 1;
        } else {
          commands.add(new Command(i + 1, line, new ArrayList<>()));
        }
      }
      if (text != null) {
        throw new IllegalStateException("unfinished command from line " + startLine);
      }
    }

    private static int quotes(String line) {
      int count = 0;
      boolean doubleQuoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          i++;
        } else if (c == '"' && count % 2 == 0) {
          doubleQuoted = !doubleQuoted;
        } else if (c == '\'' && !doubleQuoted) {
          count++;
        }
      }
      return count;
    }
  }
}
