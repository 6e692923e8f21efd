package se.styrkort.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * What the HTTP layer refuses before any resource runs (issue 15, items 15 and 16), sent over a
 * plain socket the way a browser or a broken client sends it.
 */
@QuarkusTest
class HttpRefusalTest {

  private static final String ORIGIN = "https://www.ljusnarsberg.se";

  @TestHTTPResource("/")
  URL root;

  /** A body announced past the 2 MB limit: 413 as a problem document a browser may read. */
  @Test
  void aBodyTooLargeIsAProblemDocumentWithCors() throws Exception {
    Answer answer =
        exchange(
            "POST /api/v1/plans HTTP/1.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + (3 * 1024 * 1024)
                + "\r\n",
            "");
    assertEquals(413, answer.status);
    assertProblem(answer, "PAYLOAD_TOO_LARGE");
  }

  /** A query past 4,096 characters: 414 as a problem document a browser may read. */
  @Test
  void aRequestLineTooLongIsAProblemDocumentWithCors() throws Exception {
    Answer answer =
        exchange("GET /api/v1/plans?organisation=" + "x".repeat(5000) + " HTTP/1.1\r\n", "");
    assertEquals(414, answer.status);
    assertProblem(answer, "URI_TOO_LONG");

    // Just inside the limit, the same request is served.
    String path = "/api/v1/plans?organisation=";
    Answer served =
        exchange("GET " + path + "x".repeat(4096 - path.length()) + " HTTP/1.1\r\n", "");
    assertEquals(200, served.status);
  }

  /**
   * Item 16: clients that hang up in the middle of their upload are no error of the service: at
   * most one line each, below WARNING, and no stack trace.
   */
  @Test
  void aClientHangingUpMidUploadIsNotAnError() throws Exception {
    Records records = new Records();
    Logger rootLogger = Logger.getLogger("");
    rootLogger.addHandler(records);
    try {
      for (int i = 0; i < 5; i++) {
        hangUp("POST /api/v1/plans HTTP/1.1\r\nContent-Type: application/json\r\n", "{\"name\":\"");
        hangUp(
            "POST /api/v1/plans/1/evaluations/import HTTP/1.1\r\nContent-Type: text/csv\r\n",
            "measurementPointId;year;kind;asOf\n1;2024;");
      }
      // The service notices a closed connection when it next reads; give it the time.
      Thread.sleep(3000);
    } finally {
      rootLogger.removeHandler(records);
    }
    List<String> loud =
        records.seen.stream()
            .filter(
                r -> r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null)
            .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
            .toList();
    assertEquals(List.of(), loud);
    // And the service still answers.
    assertEquals(200, exchange("GET /api/v1/plans?limit=1 HTTP/1.1\r\n", "").status);
  }

  private void hangUp(String head, String partOfBody) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (head + auth() + "Host: localhost\r\nContent-Length: 100000\r\n\r\n" + partOfBody)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void assertProblem(Answer answer, String code) throws IOException {
    assertTrue(
        answer.headers.getOrDefault("content-type", "").startsWith(Problem.MEDIA_TYPE),
        () -> answer.headers.toString());
    assertEquals(
        ORIGIN, answer.headers.get("access-control-allow-origin"), answer.headers::toString);
    JsonNode body = new ObjectMapper().readTree(answer.body);
    assertEquals(code, body.path("code").asText(), answer.body);
    assertEquals(answer.status, body.path("status").asInt(), answer.body);
    assertTrue(body.path("type").asText().startsWith("https://styrkort.se/problems/"), answer.body);
    assertTrue(!body.path("detail").asText().isBlank(), answer.body);
  }

  private static String auth() {
    StringBuilder headers = new StringBuilder();
    Api.authHeaders().forEach((n, v) -> headers.append(n).append(": ").append(v).append("\r\n"));
    return headers.toString();
  }

  private Answer exchange(String head, String body) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head
                  + auth()
                  + "Host: localhost\r\nOrigin: "
                  + ORIGIN
                  + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      return Answer.read(socket.getInputStream());
    }
  }

  private record Answer(int status, Map<String, String> headers, String body) {
    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          all.write(buffer, 0, n);
        }
      } catch (java.net.SocketException e) {
        // The server closed after its answer; what arrived is the answer.
      }
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
      Map<String, String> headers = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
      String body = end < 0 ? "" : text.substring(end + 4);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String chunked) {
      StringBuilder body = new StringBuilder();
      int at = 0;
      while (true) {
        int eol = chunked.indexOf("\r\n", at);
        int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
        if (size == 0) {
          return body.toString();
        }
        body.append(chunked, eol + 2, eol + 2 + size);
        at = eol + 2 + size + 2;
      }
    }
  }

  private static final class Records extends Handler {
    final List<LogRecord> seen = new ArrayList<>();

    @Override
    public synchronized void publish(LogRecord record) {
      seen.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
