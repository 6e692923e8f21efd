import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/run.sh and bench/soak.sh (JDK 17 only: java bench/Bench.java ...).
 *
 * <pre>
 * bench BASE_URL KEY_FILE PLAN_ID POINTS_FILE SECONDS OUT_MD
 *   every endpoint in turn at a fixed concurrency for SECONDS (after a short warm-up)
 * replicas BASE_A BASE_B KEY_FILE PLAN_ID POINTS_FILE ROUNDS OUT_MD
 *   ROUNDS times: a write on replica A, then the plan's fulfilment and tree read on replica B,
 *   which must show the written value and a new ETag
 * soak BASE_URL KEY_FILE PLAN_ID POINTS_FILE SECONDS SERVICE_PID RATE OUT_MD
 *   mixed reads and writes at RATE requests/s; heap after GC every 30 s; every acknowledged
 *   write read back at the end
 * </pre>
 *
 * Heap and SQL statements come from the service's /q/metrics (jvm_memory_used_bytes area=heap,
 * hibernate_statements_total status=prepared, plus styrkort_jdbc_statements_total for the plain
 * JDBC of the access checks, content versions and OData).
 */
public class Bench {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern STATEMENTS =
      Pattern.compile(
          "^hibernate_statements_total\\{[^}]*status=\"prepared\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern JDBC_STATEMENTS =
      Pattern.compile("^styrkort_jdbc_statements_total(?:\\{[^}]*\\})? ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern CACHE_BYTES =
      Pattern.compile("^styrkort_document_cache_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern CACHE_ENTRIES =
      Pattern.compile("^styrkort_document_cache_entries(?:\\{[^}]*\\})? ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern ETAG = Pattern.compile("(?i)^etag$");
  static final Pattern VALUE =
      Pattern.compile("\"value\"\\s*:\\s*(\"[^\"]*\"|true|false|null|-?[0-9.eE+]+)");
  static final Pattern ID = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*([0-9]+)");
  static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*([0-9]+)");

  static String base;
  static String key;
  static long plan;
  static List<String[]> points;

  public static void main(String[] args) throws Exception {
    if (args[0].equals("replicas")) {
      replicas(args);
      System.exit(0);
    }
    base = args[1];
    key = Files.readString(Path.of(args[2])).strip();
    plan = Long.parseLong(args[3]);
    points = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[4]))) {
      points.add(line.split(" "));
    }
    int seconds = Integer.parseInt(args[5]);
    switch (args[0]) {
      case "bench" -> bench(seconds, Path.of(args[6]));
      case "soak" ->
          soak(seconds, Long.parseLong(args[6]), Double.parseDouble(args[7]), Path.of(args[8]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------- bench

  /** One endpoint's load: what to send, how many at once, how to count its rows. */
  record Scenario(String name, int concurrency, RequestMaker request, boolean countCsvRows, int rowsPerRequest,
      RequestMaker before) {
    Scenario(String name, int concurrency, RequestMaker request, boolean countCsvRows, int rowsPerRequest) {
      this(name, concurrency, request, countCsvRows, rowsPerRequest, null);
    }
  }

  interface RequestMaker {
    HttpRequest make(long n);
  }

  record Result(
      Scenario scenario, long ok, long errors, String firstError, double seconds, List<Long> latenciesNanos,
      List<Long> ttfbNanos, long bytes, long rows, long peakHeap, double statementsPerRequest) {
    double rps() {
      return ok / seconds;
    }

    double p(double q) {
      if (latenciesNanos.isEmpty()) return Double.NaN;
      return latenciesNanos.get((int) Math.min(latenciesNanos.size() - 1, Math.floor(q * latenciesNanos.size()))) / 1e6;
    }
  }

  static void bench(int seconds, Path out) throws Exception {
    String planPath = "/api/v1/plans/" + plan;
    AtomicLong bulkSlice = new AtomicLong();
    List<Scenario> scenarios =
        List.of(
            new Scenario("constant: GET /q/health/live", 4, n -> get("/q/health/live", "application/json"), false, 0),
            new Scenario("GET /api/v1/plans/{id}", 4, n -> get(planPath, "application/json"), false, 0),
            new Scenario("plan tree GET /plans/{id}/tree, unchanged plan", 4, n -> get(planPath + "/tree", "application/json"), false, 0),
            new Scenario("plan tree, gzip", 4, n -> gzip(get(planPath + "/tree", "application/json")), false, 0),
            new Scenario("plan tree, 304", 4, n -> notModified(planPath + "/tree"), false, 0),
            new Scenario("plan tree right after a write (cold)", 1, n -> get(planPath + "/tree", "application/json"), false, 0,
                n -> post(planPath + "/evaluations/bulk", oneValue(n))),
            new Scenario("fulfilment GET /plans/{id}/fulfilment, unchanged plan", 4, n -> get(planPath + "/fulfilment", "application/json"), false, 0),
            new Scenario("fulfilment, gzip", 4, n -> gzip(get(planPath + "/fulfilment", "application/json")), false, 0),
            new Scenario("fulfilment, 304", 4, n -> notModified(planPath + "/fulfilment"), false, 0),
            new Scenario("fulfilment right after a write (cold)", 1, n -> get(planPath + "/fulfilment", "application/json"), false, 0,
                n -> post(planPath + "/evaluations/bulk", oneValue(n))),
            new Scenario("facts page GET /bi/facts?limit=500, unchanged plan", 4,
                n -> get("/api/v1/bi/facts?planId=" + plan + "&limit=500", "application/json"), false, 500),
            new Scenario("facts page right after a write (cold)", 1,
                n -> get("/api/v1/bi/facts?planId=" + plan + "&limit=500", "application/json"), false, 500,
                n -> post(planPath + "/evaluations/bulk", oneValue(n))),
            new Scenario("CSV export GET /bi/facts (text/csv)", 2,
                n -> get("/api/v1/bi/facts?planId=" + plan, "text/csv"), true, 0),
            new Scenario("bulk POST /plans/{id}/evaluations/bulk (100 rows)", 4,
                n -> post(planPath + "/evaluations/bulk", bulkBody(bulkSlice.getAndIncrement())), false, 100));
    // BENCH_ONLY=tree,fulfilment measures the constant endpoint, GET by id (what the ratios are
    // against) and the endpoints whose name contains one of the words.
    List<String> only = List.of(System.getenv().getOrDefault("BENCH_ONLY", "").split(","));
    List<Result> results = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      if (scenarios.indexOf(scenario) > 1 && only.stream().noneMatch(scenario.name()::contains)) continue;
      System.err.printf("%s: warm-up%n", scenario.name());
      run(scenario, Math.min(5, seconds), false);
      System.err.printf("%s: %d s at concurrency %d%n", scenario.name(), seconds, scenario.concurrency());
      Result result = run(scenario, seconds, true);
      System.err.printf(Locale.ROOT, "  %d ok, %d errors, %.2f req/s, p50 %.1f ms%n",
          result.ok(), result.errors(), result.rps(), result.p(0.5));
      results.add(result);
    }
    String memory = String.format(Locale.ROOT,
        "%nThe document cache at the end: %.1f MB in %.0f entries (styrkort_document_cache_bytes and"
            + " _entries: bodies, identity and gzip, plus keys and a fixed overhead per entry).%n",
        metric(CACHE_BYTES) / 1048576.0, metric(CACHE_ENTRIES));
    Files.writeString(out, table(results, seconds) + memory);
  }

  /** The same request, taking gzip. */
  static HttpRequest gzip(HttpRequest request) {
    return HttpRequest.newBuilder(request, (name, value) -> true).header("Accept-Encoding", "gzip").build();
  }

  /** A GET with If-None-Match of the document's current ETag (read once per path). */
  static final java.util.Map<String, String> TAGS = new java.util.concurrent.ConcurrentHashMap<>();

  static HttpRequest notModified(String path) {
    String tag = TAGS.computeIfAbsent(path, p -> {
      try {
        return send(get(p, "application/json")).headers().firstValue("ETag").orElseThrow();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return HttpRequest.newBuilder(get(path, "application/json"), (name, value) -> true)
        .header("If-None-Match", tag).build();
  }

  static double statements() {
    return metric(STATEMENTS) + metric(JDBC_STATEMENTS);
  }

  static Result run(Scenario scenario, int seconds, boolean measure) throws Exception {
    double statementsBefore = statements();
    AtomicLong untimedStatements = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> ttfbs = Collections.synchronizedList(new ArrayList<>());
    AtomicLong ok = new AtomicLong(), errors = new AtomicLong(), bytes = new AtomicLong(), rows = new AtomicLong();
    AtomicLong counter = new AtomicLong(), peakHeap = new AtomicLong();
    String[] firstError = {null};
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          peakHeap.accumulateAndGet((long) sum(HEAP), Math::max);
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // the service may be busy or gone; the requests' errors say so
        }
      }
    });
    sampler.start();
    ExecutorService workers = Executors.newFixedThreadPool(scenario.concurrency());
    for (int w = 0; w < scenario.concurrency(); w++) {
      workers.submit(() -> {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            if (scenario.before() != null) {
              // Untimed: the write before a cold read. Its statements are not the read's.
              double s0 = statements();
              HttpResponse<String> written = send(scenario.before().make(counter.get()));
              if (written.statusCode() >= 300) throw new IllegalStateException("write: " + written.statusCode() + " " + written.body());
              untimedStatements.addAndGet((long) (statements() - s0));
              t0 = System.nanoTime();
            }
            HttpResponse<InputStream> response =
                HTTP.send(scenario.request().make(counter.getAndIncrement()), HttpResponse.BodyHandlers.ofInputStream());
            long ttfb = -1;
            long size = 0, lines = 0;
            byte[] buffer = new byte[65536];
            try (InputStream body = response.body()) {
              int read;
              StringBuilder sample = new StringBuilder();
              while ((read = body.read(buffer)) > 0) {
                if (ttfb < 0) ttfb = System.nanoTime() - t0;
                size += read;
                if (scenario.countCsvRows()) for (int i = 0; i < read; i++) if (buffer[i] == '\n') lines++;
                if (response.statusCode() >= 300 && sample.length() < 300) sample.append(new String(buffer, 0, Math.min(read, 300)));
              }
              if (response.statusCode() >= 300 && response.statusCode() != 304) {
                errors.incrementAndGet();
                synchronized (firstError) {
                  if (firstError[0] == null) firstError[0] = response.statusCode() + " " + sample;
                }
                continue;
              }
            }
            long latency = System.nanoTime() - t0;
            ok.incrementAndGet();
            latencies.add(latency);
            if (ttfb >= 0) ttfbs.add(ttfb);
            bytes.addAndGet(size);
            rows.addAndGet(scenario.countCsvRows() ? Math.max(0, lines - 1) : scenario.rowsPerRequest());
          } catch (Exception e) {
            errors.incrementAndGet();
            synchronized (firstError) {
              if (firstError[0] == null) firstError[0] = e.toString();
            }
            try { Thread.sleep(200); } catch (InterruptedException ie) { return; }
          }
        }
      });
    }
    workers.shutdown();
    workers.awaitTermination(seconds + 600, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    double statements = statements() - statementsBefore - untimedStatements.get();
    long requests = ok.get() + errors.get();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    List<Long> sortedTtfb = new ArrayList<>(ttfbs);
    Collections.sort(sortedTtfb);
    return new Result(scenario, ok.get(), errors.get(), firstError[0], elapsed, sorted, sortedTtfb,
        bytes.get(), rows.get(), peakHeap.get(), requests == 0 ? Double.NaN : statements / requests);
  }

  static String table(List<Result> results, int seconds) {
    Result constant = results.get(0);
    StringBuilder md = new StringBuilder();
    Result byId = results.stream().filter(r -> r.scenario().name().startsWith("GET /api/v1/plans/{id}")).findFirst().orElse(constant);
    md.append("| endpoint | conc. | requests (errors) | req/s (× constant) | × GET by id | p50 ms (× constant) | × GET by id p50 | p95 ms | p99 ms"
        + " | rows/s | bytes/request | time to first byte p50 ms | peak heap MB (× constant) | SQL statements/request |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      md.append(String.format(Locale.ROOT,
          "| %s | %d | %d (%d) | %.1f (%s) | %s | %.1f (%s) | %s | %.1f | %.1f | %s | %s | %s | %.0f (%s) | %s |\n",
          r.scenario().name(), r.scenario().concurrency(), r.ok(), r.errors(),
          r.rps(), ratio(r.rps(), constant.rps()), ratio(r.rps(), byId.rps()),
          r.p(0.5), ratio(r.p(0.5), constant.p(0.5)), ratio(r.p(0.5), byId.p(0.5)), r.p(0.95), r.p(0.99),
          r.rows() == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", r.rows() / r.seconds()),
          r.ok() == 0 ? "–" : String.format(Locale.ROOT, "%,d", r.bytes() / r.ok()),
          r.ttfbNanos().isEmpty() || !r.scenario().countCsvRows() ? "–"
              : String.format(Locale.ROOT, "%.1f", r.ttfbNanos().get(r.ttfbNanos().size() / 2) / 1e6),
          r.peakHeap() / 1048576.0, ratio(r.peakHeap(), constant.peakHeap()),
          Double.isNaN(r.statementsPerRequest()) ? "–" : String.format(Locale.ROOT, "%.1f", r.statementsPerRequest())));
    }
    for (Result r : results) {
      if (r.firstError() != null) {
        md.append("\nFirst error of ").append(r.scenario().name()).append(": `")
            .append(r.firstError().replaceAll("\\s+", " ").replace("`", "'")).append("`\n");
      }
    }
    md.append(String.format(Locale.ROOT,
        "\nEach endpoint ran %d s after a 5 s warm-up. Ratios are against the constant endpoint"
            + " (the liveness probe, no database) measured in the same run; peak heap is the"
            + " highest jvm_memory_used_bytes{area=\"heap\"} sampled every 200 ms during the"
            + " endpoint's run, and SQL statements are hibernate_statements_total{status=\"prepared\"}"
            + " plus styrkort_jdbc_statements_total (access checks, versions, OData) before and after,"
            + " divided by the requests. \"Unchanged plan\" reads are served from the document cache;"
            + " \"right after a write\" reads follow, one at a time, an untimed bulk entry of one value"
            + " into the plan (its statements are not counted), so each is computed afresh; \"304\""
            + " sends If-None-Match with the current ETag; \"gzip\" sends Accept-Encoding: gzip, and its"
            + " bytes/request is the compressed size.\n", seconds));
    return md.toString();
  }

  static String ratio(double value, double constant) {
    return constant == 0 || Double.isNaN(value) || Double.isNaN(constant) ? "–"
        : String.format(Locale.ROOT, "%.3g", value / constant);
  }

  static String bulkBody(long slice) {
    return bulkBody(slice, 100);
  }

  /** One value of the first percentage point, changed on every call (40, 41, 40, …). */
  static String oneValue(long n) {
    String point = points.stream().filter(p -> p[1].equals("PERCENT")).findFirst().orElseThrow()[0];
    return "{\"rows\":[{\"measurementPointId\":" + point + ",\"year\":2021,\"kind\":\"OUTCOME\","
        + "\"asOf\":\"2021-12-31\",\"value\":" + (40 + n % 2) + "}]}";
  }

  // ------------------------------------------------------------------------------- replicas

  /**
   * Two replicas on one database: a write on A, then the next read of the plan's fulfilment and
   * tree on B must show it (a new ETag, the written value), every round; times that read.
   */
  static void replicas(String[] args) throws Exception {
    String a = args[1], b = args[2];
    key = Files.readString(Path.of(args[3])).strip();
    plan = Long.parseLong(args[4]);
    points = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[5]))) {
      points.add(line.split(" "));
    }
    int rounds = Integer.parseInt(args[6]);
    String planPath = "/api/v1/plans/" + plan;
    String point = points.stream().filter(p -> p[1].equals("PERCENT")).findFirst().orElseThrow()[0];
    List<Long> fulfilmentNanos = new ArrayList<>(), treeNanos = new ArrayList<>();
    int fresh = 0;
    for (int round = 0; round < rounds; round++) {
      base = b;
      String treeBefore = send(get(planPath + "/tree?year=2021", "application/json")).headers().firstValue("ETag").orElse("");
      String planBefore = send(get(planPath + "/fulfilment?year=2021", "application/json")).headers().firstValue("ETag").orElse("");
      base = a;
      String value = Integer.toString(50 + round % 40);
      HttpResponse<String> written = send(post(planPath + "/evaluations/bulk",
          "{\"rows\":[{\"measurementPointId\":" + point + ",\"year\":2021,\"kind\":\"OUTCOME\","
              + "\"asOf\":\"2021-12-31\",\"value\":" + value + ",\"note\":\"round " + round + "\"}]}"));
      if (written.statusCode() != 200) throw new IllegalStateException("write on A: " + written.body());
      base = b;
      long t0 = System.nanoTime();
      HttpResponse<String> fulfilment = send(get(planPath + "/fulfilment?year=2021", "application/json"));
      fulfilmentNanos.add(System.nanoTime() - t0);
      t0 = System.nanoTime();
      HttpResponse<String> tree = send(get(planPath + "/tree?year=2021", "application/json"));
      treeNanos.add(System.nanoTime() - t0);
      boolean ok = fulfilment.statusCode() == 200 && tree.statusCode() == 200
          && !fulfilment.headers().firstValue("ETag").orElse("").equals(planBefore)
          && !tree.headers().firstValue("ETag").orElse("").equals(treeBefore)
          && tree.body().contains("round " + round);
      if (ok) fresh++;
      else System.err.println("round " + round + ": replica B was stale: write " + written.body()
          + "; fulfilment " + fulfilment.statusCode() + " " + planBefore + " -> " + fulfilment.headers().firstValue("ETag")
          + "; tree " + tree.statusCode() + " " + treeBefore + " -> " + tree.headers().firstValue("ETag")
          + ", note in tree: " + tree.body().contains("round " + round));
    }
    Collections.sort(fulfilmentNanos);
    Collections.sort(treeNanos);
    String md = String.format(Locale.ROOT,
        "Two replicas on one database, %d rounds of: a write (bulk entry of one value) on replica A, then"
            + " the plan's fulfilment and tree (year=2021) read on replica B, which had both cached."
            + " Fresh on B (new ETag, and the value's note in the tree): %d of %d. First read on B after the"
            + " write, p50: fulfilment %.0f ms, tree %.0f ms (each computed afresh on B).%n",
        rounds, fresh, rounds, fulfilmentNanos.get(rounds / 2) / 1e6, treeNanos.get(rounds / 2) / 1e6);
    Files.writeString(Path.of(args[7]), md);
    if (fresh != rounds) {
      System.err.println(md);
      System.exit(1);
    }
  }

  static String bulkBody(long slice, int rows) {
    StringBuilder body = new StringBuilder("{\"rows\":[");
    for (int j = 0; j < rows; j++) {
      long k = slice * rows + j;
      String[] point = points.get((int) (k % points.size()));
      int year = 2021 + (int) ((k / points.size()) % 10);
      if (j > 0) body.append(',');
      // The generated outcome of that point and year: the bulk entry corrects it.
      body.append("{\"measurementPointId\":").append(point[0]).append(",\"year\":").append(year)
          .append(",\"kind\":\"OUTCOME\",\"asOf\":\"").append(year).append("-12-31\",\"value\":")
          .append(value(point[1], k)).append('}');
    }
    return body.append("]}").toString();
  }

  static String value(String type, long seed) {
    return switch (type) {
      case "PERCENT" -> Long.toString(seed % 101);
      case "NUMBER" -> Long.toString(100_000 + seed % 50_000);
      case "ORDINAL" -> List.of("\"saknas\"", "\"delvis\"", "\"implementerat\"").get((int) (seed % 3));
      default -> seed % 2 == 0 ? "true" : "false";
    };
  }

  // ----------------------------------------------------------------------------------- soak

  /** An acknowledged write: what the service said it stored. */
  static final class Written {
    final long id;
    volatile String value;
    volatile long version;

    Written(long id, String value, long version) {
      this.id = id;
      this.value = value;
      this.version = version;
    }
  }

  static void soak(int seconds, long pid, double rate, Path out) throws Exception {
    ConcurrentLinkedQueue<Written> idle = new ConcurrentLinkedQueue<>();
    List<Written> all = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requests = new AtomicLong(), errors = new AtomicLong(), creates = new AtomicLong(), corrections = new AtomicLong();
    AtomicLong createCounter = new AtomicLong();
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    String planPath = "/api/v1/plans/" + plan;
    int firstYear = 2022, years = 5;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
    Random random = new Random(1864);
    long start = System.nanoTime();
    List<double[]> heap = Collections.synchronizedList(new ArrayList<>());
    AtomicLong inFlight = new AtomicLong(), skipped = new AtomicLong();
    ticker.scheduleAtFixedRate(() -> {
      int op = random.nextInt(100);
      // A steady rate, not a growing queue: a tick that finds 16 requests still open is skipped.
      if (inFlight.get() >= 16) {
        skipped.incrementAndGet();
        return;
      }
      inFlight.incrementAndGet();
      pool.submit(() -> {
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> response;
          Written correcting = null;
          String sentValue = null;
          if (op < 15) {
            response = send(get(planPath + "/tree", "application/json"));
          } else if (op < 30) {
            response = send(get(planPath + "/fulfilment", "application/json"));
          } else if (op < 50) {
            String[] point = points.get((int) (Math.abs(t0) % points.size()));
            response = send(get("/api/v1/measurement-points/" + point[0], "application/json"));
          } else if (op < 65) {
            response = send(get("/api/v1/bi/facts?planId=" + plan + "&limit=500", "application/json"));
          } else if (op < 85 || (correcting = idle.poll()) == null) {
            long c = createCounter.getAndIncrement();
            String[] point = points.get((int) (c % points.size()));
            long rest = c / points.size();
            int year = firstYear + (int) (rest % years);
            LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(rest / years);
            sentValue = value(point[1], c);
            response = send(post("/api/v1/measurement-points/" + point[0] + "/evaluations",
                "{\"year\":" + year + ",\"kind\":\"FORECAST\",\"asOf\":\"" + asOf + "\",\"value\":" + sentValue
                    + ",\"note\":\"soak " + c + "\"}"));
            if (response.statusCode() == 201) {
              Written written = new Written(Long.parseLong(first(ID, response.body())), first(VALUE, response.body()),
                  Long.parseLong(first(VERSION, response.body())));
              all.add(written);
              idle.add(written);
              creates.incrementAndGet();
              check(written.value, sentValue, errorSamples);
            }
          } else {
            String current = send(get("/api/v1/evaluations/" + correcting.id, "application/json")).body();
            String type = typeOf(first(VALUE, current));
            sentValue = value(type, Math.abs(t0 / 1000));
            String body = current.replaceFirst(VALUE.pattern(), "\"value\":" + Matcher.quoteReplacement(sentValue));
            response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations/" + correcting.id))
                .timeout(Duration.ofSeconds(60)).header("X-API-Key", key).header("Content-Type", "application/json")
                .header("If-Match", "\"" + correcting.version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response.statusCode() == 200) {
              correcting.value = first(VALUE, response.body());
              correcting.version = Long.parseLong(first(VERSION, response.body()));
              corrections.incrementAndGet();
              check(correcting.value, sentValue, errorSamples);
            }
            idle.add(correcting);
          }
          requests.incrementAndGet();
          latencies.add(System.nanoTime() - t0);
          if (response.statusCode() >= 300) {
            errors.incrementAndGet();
            System.err.println("error: " + response.statusCode() + " " + response.uri() + " " + response.body());
            if (errorSamples.size() < 10) errorSamples.add(response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
          }
        } catch (Exception e) {
          requests.incrementAndGet();
          errors.incrementAndGet();
          System.err.println("error: " + e);
          if (errorSamples.size() < 10) errorSamples.add(e.toString());
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
    ticker.scheduleAtFixedRate(() -> {
      try {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        double mb = sum(HEAP) / 1048576.0;
        double t = (System.nanoTime() - start) / 1e9;
        heap.add(new double[] {t, mb});
        System.err.printf(Locale.ROOT, "%4.0f s: heap after GC %.1f MB, %d requests, %d errors%n", t, mb, requests.get(), errors.get());
      } catch (Exception e) {
        System.err.println("heap sample failed: " + e);
      }
    }, 30, 30, TimeUnit.SECONDS);
    Thread.sleep(seconds * 1000L);
    ticker.shutdownNow();
    pool.shutdown();
    if (!pool.awaitTermination(300, TimeUnit.SECONDS)) throw new IllegalStateException("requests still open after 300 s");
    double elapsed = (System.nanoTime() - start) / 1e9;

    // Every acknowledged write, read back.
    long missing = 0, differing = 0;
    List<String> lost = new ArrayList<>();
    for (Written w : List.copyOf(all)) {
      HttpResponse<String> response = send(get("/api/v1/evaluations/" + w.id, "application/json"));
      if (response.statusCode() != 200) {
        missing++;
        if (lost.size() < 5) lost.add(w.id + ": " + response.statusCode());
      } else if (!same(first(VALUE, response.body()), w.value)
          || Long.parseLong(first(VERSION, response.body())) != w.version) {
        differing++;
        if (lost.size() < 5) lost.add(w.id + ": stored " + first(VALUE, response.body()) + " v" + first(VERSION, response.body()) + ", acknowledged " + w.value + " v" + w.version);
      }
    }

    List<double[]> afterWarmUp = new ArrayList<>();
    for (double[] sample : heap) if (sample[0] > 90) afterWarmUp.add(sample);
    double slope = slope(afterWarmUp);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT,
        "- Ran %.0f s at %.0f req/s scheduled: %,d requests (%.1f req/s achieved; %,d ticks skipped"
            + " because 16 requests were still open), **%d errors**;"
            + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms.%n",
        elapsed, rate, requests.get(), requests.get() / elapsed, skipped.get(), errors.get(),
        pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99)));
    md.append("- Mix: 15 % plan tree, 15 % fulfilment, 20 % measurement point, 15 % facts page (500 rows),"
        + " 20 % new follow-up values (POST), 15 % corrections of earlier ones (GET then PUT with If-Match).\n");
    md.append(String.format(Locale.ROOT,
        "- Acknowledged writes: %,d created (201), %,d corrections (200); read back at the end:"
            + " **%d missing, %d differing** from what was acknowledged (value and version).%n",
        creates.get(), corrections.get(), missing, differing));
    if (!afterWarmUp.isEmpty()) {
      md.append(String.format(Locale.ROOT,
          "- Heap after a full GC (jcmd GC.run, then jvm_memory_used_bytes{area=\"heap\"}), sampled every 30 s:"
              + " first after warm-up (t = %.0f s) %.1f MB, last (t = %.0f s) %.1f MB, min %.1f, max %.1f;"
              + " least-squares slope **%.2f MB/min** over %d samples.%n",
          afterWarmUp.get(0)[0], afterWarmUp.get(0)[1], afterWarmUp.get(afterWarmUp.size() - 1)[0],
          afterWarmUp.get(afterWarmUp.size() - 1)[1],
          afterWarmUp.stream().mapToDouble(s -> s[1]).min().orElse(0),
          afterWarmUp.stream().mapToDouble(s -> s[1]).max().orElse(0), slope, afterWarmUp.size()));
      StringBuilder series = new StringBuilder("- Heap samples (s: MB): ");
      for (double[] s : heap) series.append(String.format(Locale.ROOT, "%.0f: %.1f; ", s[0], s[1]));
      md.append(series.toString().trim()).append('\n');
    }
    for (String e : errorSamples) md.append("- Error: `").append(e.replaceAll("\\s+", " ").replace("`", "'")).append("`\n");
    for (String l : lost) md.append("- Not as acknowledged: ").append(l).append('\n');
    Files.writeString(out, md.toString());
    System.err.print(md);
  }

  static String typeOf(String value) {
    if (value.startsWith("\"")) return "ORDINAL";
    if (value.equals("true") || value.equals("false")) return "BOOLEAN";
    return new BigDecimal(value).compareTo(BigDecimal.valueOf(100)) <= 0 ? "PERCENT" : "NUMBER";
  }

  static void check(String stored, String sent, List<String> errorSamples) {
    if (!same(stored, sent) && errorSamples.size() < 10) errorSamples.add("acknowledged " + stored + " for sent " + sent);
  }

  static boolean same(String a, String b) {
    if (a == null || b == null) return a == b;
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  static double slope(List<double[]> samples) {
    int n = samples.size();
    if (n < 2) return Double.NaN;
    double mx = 0, my = 0;
    for (double[] s : samples) { mx += s[0] / n; my += s[1] / n; }
    double num = 0, den = 0;
    for (double[] s : samples) { num += (s[0] - mx) * (s[1] - my); den += (s[0] - mx) * (s[0] - mx); }
    return num / den * 60;
  }

  static double pct(List<Long> sorted, double q) {
    return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  // ----------------------------------------------------------------------------------- HTTP

  static HttpRequest get(String path, String accept) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("X-API-Key", key).header("Accept", accept).GET().build();
  }

  static HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("X-API-Key", key).header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
    return m.group(1);
  }

  static double sum(Pattern pattern) throws IOException, InterruptedException {
    String body = send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).timeout(Duration.ofSeconds(30)).GET().build()).body();
    Matcher m = pattern.matcher(body);
    double total = 0;
    boolean found = false;
    while (m.find()) { total += Double.parseDouble(m.group(1)); found = true; }
    if (!found) return Double.NaN;
    return total;
  }

  static double metric(Pattern pattern) {
    try {
      return sum(pattern);
    } catch (Exception e) {
      return Double.NaN;
    }
  }
}
