package se.styrkort.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.styrkort.fuzz.ContractOperations.Operation;
import se.styrkort.support.Api;

/**
 * Bad input at scale: thousands of requests generated from the contract, over every operation, most
 * of them broken on purpose. Whatever arrives, the service answers without a 5xx, every error is a
 * problem document (with the fields at fault where the request was invalid), and every response is
 * one the contract describes. Seeded: {@code -Dstyrkort.fuzz.seed=…} replays a run, {@code
 * -Dstyrkort.fuzz.requests=…} sets its size, {@code -Dstyrkort.fuzz.operations=a,b} narrows it. See
 * docs/fuzzing.md.
 */
@QuarkusTest
class ContractFuzzTest {

  private static final int MUTATED_PERCENT = 70;
  private static final int RENEW_EVERY = 150;
  private static final int FAILURES_SHOWN = 15;
  private static final int RACERS = 8;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void everyOperationSurvivesBadInput() throws Exception {
    long seed = Long.getLong("styrkort.fuzz.seed", System.currentTimeMillis());
    int total = Integer.getInteger("styrkort.fuzz.requests", 10_000);
    Random random = new Random(seed);
    ContractOperations contract = ContractOperations.read(Api.CONTRACT);
    List<Operation> operations = chosen(contract.operations());
    OpenApiInteractionValidator validator = Api.responseValidator();
    RequestFactory factory =
        new RequestFactory(
            contract,
            random,
            new RequestFactory.Credentials(
                Api.authHeaders().get(Api.API_KEY_HEADER), Api.keyFor("VIEWER")));
    FuzzFixture fixture = new FuzzFixture();

    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> reached = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    CpuCost cost = new CpuCost();
    long started = System.nanoTime();
    for (int i = 0; i < total; i++) {
      if (i > 0 && i % RENEW_EVERY == 0) {
        fixture.renew();
      }
      if (i % operations.size() == 0) {
        Collections.shuffle(operations, random);
      }
      Operation op = operations.get(i % operations.size());
      Map<String, Long> ids = fixture.forRequest(!op.method().equals("GET"), random.nextBoolean());
      // The first round sends each operation once plain (valid, required parameters only), so
      // that every operation is tried at least once the way a careful client would send it.
      FuzzRequest request =
          factory.build(op, ids::get, i < operations.size() ? 0 : MUTATED_PERCENT);
      long cpuBefore = processCpuNanos();
      long wallBefore = System.nanoTime();
      HttpResponse<String> response = answer(request);
      cost.add(processCpuNanos() - cpuBefore, System.nanoTime() - wallBefore, request, response);
      if (response == null) {
        failures.add("#" + i + " " + request + "→ the connection closed twice without an answer");
        continue;
      }
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() < 400) {
        reached.merge(op.id(), 1, Integer::sum);
      }
      List<String> problems = check(request, response, validator);
      if (!problems.isEmpty()) {
        failures.add(
            "#"
                + i
                + " "
                + request
                + "→ "
                + response.statusCode()
                + " "
                + response.headers().firstValue("Content-Type").orElse("")
                + "\n"
                + abbreviate(response.body())
                + "\n  "
                + String.join("\n  ", problems));
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String summary =
        summary(seed, total, operations, statuses, reached, failures.size(), took) + cost.report();
    System.out.println(summary);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-summary.txt"), summary);

    assertTrue(
        failures.isEmpty(),
        () ->
            failures.size()
                + " of "
                + total
                + " requests were answered wrongly. Replay with -Dstyrkort.fuzz.seed="
                + seed
                + " -Dstyrkort.fuzz.requests="
                + total
                + "\n\n"
                + String.join(
                    "\n\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
    long maxCpuMillis = Long.getLong("styrkort.fuzz.max-cpu-ms", Long.MAX_VALUE);
    assertTrue(
        cost.worstMillis() <= maxCpuMillis,
        () -> "a request took more CPU than " + maxCpuMillis + " ms:\n" + cost.report());
    List<String> unreached = unreached(operations, reached);
    // The fixture holds an id of every kind a path names (plans down to values, periods,
    // assessments, organisation units, reference series), so most operations are reached; those
    // that stay unreached need state a random request seldom meets (an empty plan to delete, an
    // approved assessment to reopen).
    assertTrue(
        reached.size() * 10 >= operations.size() * 9,
        "fewer than 90 % of the operations ever answered 2xx/3xx (seed "
            + seed
            + "): "
            + unreached);
  }

  /**
   * Concurrent retries and same-row races, on every operation that writes: the same valid request
   * sent by {@value #RACERS} clients at once, with one Idempotency-Key where the operation takes
   * one (a client retrying before its first attempt answered), else as it is (two users saving the
   * same row). Every answer must be one the contract describes and none a 5xx: the first wins, the
   * others get its answer, a 409 or a 412. Opt-in ({@code -Dstyrkort.fuzz.races=true}) until the
   * concurrent-retry fixes of issue 15 (items 4 and 5) are in: it still finds 500s
   * (docs/fuzzing.md).
   */
  @Test
  @EnabledIfSystemProperty(named = "styrkort.fuzz.races", matches = "true")
  void concurrentRetriesAndSameRowRacesAreAnsweredWithoutServerErrors() throws Exception {
    long seed = Long.getLong("styrkort.fuzz.seed", System.currentTimeMillis());
    int rounds = Integer.getInteger("styrkort.fuzz.race-rounds", 2);
    Random random = new Random(seed);
    ContractOperations contract = ContractOperations.read(Api.CONTRACT);
    List<Operation> writes =
        chosen(contract.operations()).stream().filter(op -> !op.method().equals("GET")).toList();
    OpenApiInteractionValidator validator = Api.responseValidator();
    RequestFactory factory =
        new RequestFactory(
            contract,
            random,
            new RequestFactory.Credentials(
                Api.authHeaders().get(Api.API_KEY_HEADER), Api.keyFor("VIEWER")));
    FuzzFixture fixture = new FuzzFixture();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(RACERS);
    try {
      for (int round = 0; round < rounds; round++) {
        for (Operation op : writes) {
          fixture.renew();
          Map<String, Long> ids = fixture.forRequest(true, false);
          FuzzRequest request = factory.build(op, ids::get, 0);
          if (op.hasHeader("Idempotency-Key")) {
            request.headers.put("Idempotency-Key", "race-" + seed + "-" + round + "-" + op.id());
          }
          java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
          List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
          for (int i = 0; i < RACERS; i++) {
            answers.add(
                pool.submit(
                    () -> {
                      start.await();
                      return answer(request);
                    }));
          }
          start.countDown();
          for (java.util.concurrent.Future<HttpResponse<String>> future : answers) {
            HttpResponse<String> response = future.get(60, java.util.concurrent.TimeUnit.SECONDS);
            if (response == null) {
              failures.add(request + "→ no answer");
              continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            List<String> problems = check(request, response, validator);
            if (!problems.isEmpty()) {
              failures.add(
                  RACERS
                      + " at once: "
                      + request
                      + "→ "
                      + response.statusCode()
                      + "\n"
                      + abbreviate(response.body())
                      + "\n  "
                      + String.join("\n  ", problems));
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    String summary =
        "Races: seed "
            + seed
            + ", "
            + rounds
            + " rounds of "
            + RACERS
            + " concurrent copies over "
            + writes.size()
            + " writing operations, "
            + failures.size()
            + " answered wrongly\nStatus histogram: "
            + statuses
            + "\n";
    System.out.println(summary);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-races-summary.txt"), summary);
    assertTrue(
        failures.isEmpty(),
        () ->
            failures.size()
                + " answers were wrong. Replay with -Dstyrkort.fuzz.seed="
                + seed
                + "\n\n"
                + String.join(
                    "\n\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
  }

  /** The CPU time of this process so far: the service's threads and the test's, nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The costliest requests of a run, by the CPU the whole process used while each was answered.
   * Requests are sent one at a time, so that is the request's cost plus the client's own (small)
   * share and whatever ran meanwhile (GC, JIT): an upper bound. The database's CPU is not in it.
   */
  private static final class CpuCost {
    private final List<String> worst = new ArrayList<>();
    private final List<Long> worstNanos = new ArrayList<>();

    void add(long cpuNanos, long wallNanos, FuzzRequest request, HttpResponse<String> response) {
      int at = 0;
      while (at < worstNanos.size() && worstNanos.get(at) >= cpuNanos) {
        at++;
      }
      if (at >= 5) {
        return;
      }
      worstNanos.add(at, cpuNanos);
      String line = request.toString().lines().findFirst().orElse("");
      worst.add(
          at,
          String.format(
              "%,d ms CPU (%,d ms wall) → %s: %s [%s]",
              cpuNanos / 1_000_000,
              wallNanos / 1_000_000,
              response == null ? "no answer" : response.statusCode(),
              line.length() > 300 ? line.substring(0, 300) + "…" : line,
              request.mutation));
      if (worst.size() > 5) {
        worst.remove(5);
        worstNanos.remove(5);
      }
    }

    long worstMillis() {
      return worstNanos.isEmpty() ? 0 : worstNanos.get(0) / 1_000_000;
    }

    String report() {
      return "Most CPU for one request (process CPU while it was answered):\n  "
          + String.join("\n  ", worst)
          + "\n";
    }
  }

  private static List<String> unreached(List<Operation> operations, Map<String, Integer> reached) {
    return operations.stream()
        .map(Operation::id)
        .filter(id -> !reached.containsKey(id))
        .sorted()
        .toList();
  }

  private List<Operation> chosen(List<Operation> all) {
    String only = System.getProperty("styrkort.fuzz.operations", "");
    List<Operation> operations = new ArrayList<>(all);
    if (!only.isBlank()) {
      List<String> names = List.of(only.split(","));
      operations.removeIf(op -> !names.contains(op.id()));
    }
    return operations;
  }

  /**
   * The answer to {@code request}, or null when there was none. The HTTP layer closes a connection
   * after refusing a request line that is too long, and the client may have reused it: once is
   * retried on a new connection.
   */
  private HttpResponse<String> answer(FuzzRequest request) throws InterruptedException {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return send(request);
      } catch (IOException closed) {
        // the next attempt opens a new connection
      }
    }
    return null;
  }

  private HttpResponse<String> send(FuzzRequest request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + request.pathAndQuery()))
            .timeout(Duration.ofSeconds(30))
            .method(
                request.method,
                request.body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body));
    request.headers.forEach(builder::header);
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What is wrong with the answer to {@code request}; empty when it is right. */
  static List<String> check(
      FuzzRequest request, HttpResponse<String> response, OpenApiInteractionValidator validator) {
    List<String> problems = new ArrayList<>();
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (status >= 500 && status != 501) {
      problems.add("a server error");
    }
    // 413 and 414 too: the HTTP layer's refusals are problem documents like every other. Under
    // /odata the service's own errors are OData error objects (OData JSON Format §21).
    if (status >= 400) {
      boolean odata = request.path().startsWith("/odata/") && status != 413 && status != 414;
      problems.addAll(
          odata
              ? ProblemCheck.odata(type, response.body())
              : ProblemCheck.of(status, type, response.body()));
    }
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
    if (!response.body().isEmpty()) {
      answer.withBody(response.body());
    }
    response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
    ValidationReport report =
        validator.validateResponse(
            request.path(), Request.Method.valueOf(request.method), answer.build());
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        problems.add("contract: " + message.getKey() + ": " + message.getMessage());
      }
    }
    return problems;
  }

  private static String summary(
      long seed,
      int total,
      List<Operation> operations,
      Map<Integer, Integer> statuses,
      Map<String, Integer> reached,
      int failures,
      Duration took) {
    return "Contract fuzzing: seed "
        + seed
        + ", "
        + total
        + " requests over "
        + operations.size()
        + " operations ("
        + reached.size()
        + " answered 2xx/3xx at least once), "
        + failures
        + " answered wrongly, in "
        + took.toSeconds()
        + " s ("
        + (total * 1000L / Math.max(1, took.toMillis()))
        + " req/s)\nStatus histogram: "
        + statuses
        + "\nNever 2xx/3xx: "
        + unreached(operations, reached)
        + "\n";
  }

  private static String abbreviate(String body) {
    return body.length() > 1500 ? body.substring(0, 1500) + "…" : body;
  }
}
