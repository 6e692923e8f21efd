package se.styrkort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kolada on this machine: a JDK HTTP server that answers {@code
 * /v3/data/kpi/{kpi}/municipality/{areas}/year/{years}} with the recorded pages in {@code
 * src/test/resources/kolada/{edition}/{kpi}-page-{n}.json} (a key figure without a file has no
 * values), and, when a test asks for it, with failures first: a status with its recorded body, a
 * stall past the client's timeout, or a body that is not JSON. The service under test is pointed at
 * it with short retry waits; it never reaches the internet.
 */
public class KoladaStub implements QuarkusTestResourceLifecycleManager {

  /** The edition served until a test picks another: the values as first published. */
  public static final String PUBLISHED = "published";

  /** The same pages after Kolada revised a value. */
  public static final String REVISED = "revised";

  private static final String ANSWER = "answer";

  private static final Pattern DATA =
      Pattern.compile("/v3/data/kpi/([^/]+)/municipality/([^/]+)/year/([^/]+)");

  private static HttpServer server;
  private static String edition = PUBLISHED;
  private static boolean down;
  private static final Deque<String> failures = new ArrayDeque<>();
  private static final List<URI> requests = new ArrayList<>();

  @Override
  public synchronized Map<String, String> start() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", KoladaStub::answer);
      server.start();
    }
    return Map.of(
        "styrkort.kolada.base-url",
        "http://127.0.0.1:" + server.getAddress().getPort() + "/v3",
        "styrkort.kolada.timeout",
        "1S",
        "styrkort.kolada.backoff",
        "20MS",
        "styrkort.kolada.max-backoff",
        "2S",
        "styrkort.kolada.max-attempts",
        "3");
  }

  @Override
  public void stop() {
    // Shared by every Quarkus start of the run, like the database; it dies with the JVM.
  }

  /** Serves the published values, with no failures queued, and forgets the requests seen. */
  public static synchronized void reset() {
    edition = PUBLISHED;
    down = false;
    failures.clear();
    requests.clear();
  }

  public static synchronized void serve(String name) {
    edition = name;
  }

  /**
   * Queues failures for the next requests, one each, in order: "429" (with Retry-After: 1), "500",
   * "503", "404", "stall" (answers after the client's timeout), "garbage" (200 with HTML).
   */
  public static synchronized void failNext(String... kinds) {
    failures.addAll(List.of(kinds));
  }

  /** As {@link #failNext}, after the next {@code answered} requests have been answered as usual. */
  public static synchronized void failNextAfter(int answered, String... kinds) {
    for (int i = 0; i < answered; i++) {
      failures.add(ANSWER);
    }
    failures.addAll(List.of(kinds));
  }

  /** Answers every request with 503 until {@link #reset}. */
  public static synchronized void down() {
    down = true;
  }

  /** The requests that reached the stub, in order. */
  public static synchronized List<URI> requests() {
    return List.copyOf(requests);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String failure;
    String served;
    synchronized (KoladaStub.class) {
      requests.add(exchange.getRequestURI());
      failure = down ? "503" : failures.poll();
      served = edition;
    }
    try (exchange) {
      if (failure != null && !ANSWER.equals(failure)) {
        fail(exchange, failure);
        return;
      }
      Matcher data = DATA.matcher(exchange.getRequestURI().getPath());
      if (!"GET".equals(exchange.getRequestMethod()) || !data.matches()) {
        send(exchange, 404, fixture("errors/404.json"));
        return;
      }
      byte[] page = fixture(served + "/" + data.group(1) + "-page-" + page(exchange) + ".json");
      send(exchange, 200, page != null ? page : fixture("empty.json"));
    }
  }

  private static void fail(HttpExchange exchange, String kind) throws IOException {
    switch (kind) {
      case "429" -> {
        exchange.getResponseHeaders().add("Retry-After", "1");
        send(exchange, 429, fixture("errors/429.json"));
      }
      case "stall" -> {
        try {
          Thread.sleep(1_500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(exchange, 200, fixture("empty.json"));
      }
      case "garbage" -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("<html>Underhåll</html>".getBytes(StandardCharsets.UTF_8));
      }
      default -> send(exchange, Integer.parseInt(kind), fixture("errors/" + kind + ".json"));
    }
  }

  private static String page(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("page=")) {
          return part.substring("page=".length());
        }
      }
    }
    return "1";
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    byte[] bytes = body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body;
    if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = KoladaStub.class.getResourceAsStream("/kolada/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
