package se.styrkort.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * What a browser gets when it asks as browsers do (Accept-Encoding: gzip, deflate, br, zstd): the
 * same bytes, compressed, with the same ETag, a Vary that says so, and 304 for its copy — for the
 * REST JSON, the BI CSV and the OData JSON and XML alike.
 */
@QuarkusTest
class CompressionTest {

  static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

  @TestHTTPResource("/")
  URI root;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Paths on the demo plan (plan 1 in the tests) and what each answers. */
  private static final Map<String, String> READS =
      Map.of(
          "api/v1/plans/1/tree", "application/json",
          "api/v1/plans/1/fulfilment?year=2024", "application/json",
          "api/v1/bi/facts?limit=500", "application/json",
          "odata/v1/Facts", "application/json",
          "odata/v1/$metadata", "application/xml");

  @Test
  void jsonCsvAndXmlAreCompressedWhenAskedAndIdenticalOnceDecoded() throws Exception {
    for (var read : READS.entrySet()) {
      HttpResponse<byte[]> plain = get(read.getKey(), Map.of());
      assertEquals(200, plain.statusCode(), read.getKey());
      assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), read.getKey());
      assertTrue(
          plain.headers().firstValue("Content-Type").orElseThrow().startsWith(read.getValue()));

      HttpResponse<byte[]> gzip = get(read.getKey(), Map.of("Accept-Encoding", "gzip"));
      assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
      assertArrayEquals(plain.body(), gunzip(gzip.body()), read.getKey());

      HttpResponse<byte[]> br = get(read.getKey(), Map.of("Accept-Encoding", "br"));
      assertEquals("br", br.headers().firstValue("Content-Encoding").orElseThrow(), read.getKey());
      assertArrayEquals(plain.body(), unbrotli(br.body()), read.getKey());

      // What a browser asks for: br or gzip (plan-wide documents come gzip from their cache).
      HttpResponse<byte[]> browser =
          get(read.getKey(), Map.of("Accept-Encoding", BROWSER_ENCODINGS));
      String coding = browser.headers().firstValue("Content-Encoding").orElseThrow();
      assertArrayEquals(
          plain.body(),
          coding.equals("br") ? unbrotli(browser.body()) : gunzip(browser.body()),
          read.getKey() + " " + coding);

      for (HttpResponse<byte[]> answer : List.of(plain, gzip, br, browser)) {
        assertTrue(vary(answer).contains("accept-encoding"), read.getKey());
      }
      assertEquals(
          plain.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"), read.getKey());
    }
  }

  @Test
  void theCsvOfTheFactsIsCompressedToo() throws Exception {
    HttpResponse<byte[]> plain = get("api/v1/bi/facts", Map.of("Accept", "text/csv"));
    HttpResponse<byte[]> gzip =
        get("api/v1/bi/facts", Map.of("Accept", "text/csv", "Accept-Encoding", "gzip"));
    assertEquals(200, gzip.statusCode());
    assertTrue(gzip.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
    assertArrayEquals(plain.body(), gunzip(gzip.body()));
  }

  @Test
  void theDemoPlansFulfilmentIsAtLeastFiveTimesSmaller() throws Exception {
    String path = "api/v1/plans/1/fulfilment?year=2024";
    int plain = get(path, Map.of()).body().length;
    int gzip = get(path, Map.of("Accept-Encoding", "gzip")).body().length;
    int br = get(path, Map.of("Accept-Encoding", "br")).body().length;
    assertTrue(plain >= 5 * gzip, plain + " bytes plain, " + gzip + " gzip");
    assertTrue(plain >= 5 * br, plain + " bytes plain, " + br + " br");
  }

  @Test
  void aCompressedCopyIsRevalidatedWithItsTagStrongOrWeak() throws Exception {
    String path = "api/v1/plans/1/tree";
    HttpResponse<byte[]> first = get(path, Map.of("Accept-Encoding", BROWSER_ENCODINGS));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    // A compressing proxy on the way may have weakened the tag: it still names the same body.
    for (String held : List.of(etag, "W/" + etag)) {
      HttpResponse<byte[]> again =
          get(path, Map.of("Accept-Encoding", BROWSER_ENCODINGS, "If-None-Match", held));
      assertEquals(304, again.statusCode(), held);
      assertEquals(0, again.body().length);
      assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
      assertTrue(vary(again).contains("accept-encoding"));
    }
  }

  @Test
  void answersCarryADateAndNothingIsCompressedWhenNotAsked() throws Exception {
    HttpResponse<byte[]> plain = get("api/v1/plans/1", Map.of("Accept-Encoding", "identity"));
    assertEquals(200, plain.statusCode());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    ZonedDateTime date =
        ZonedDateTime.parse(
            plain.headers().firstValue("Date").orElseThrow(),
            DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH));
    assertTrue(Math.abs(date.toEpochSecond() - System.currentTimeMillis() / 1000) < 120);
    assertFalse(vary(plain).isEmpty());
  }

  private HttpResponse<byte[]> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
    Api.authHeaders().forEach(request::header);
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String vary(HttpResponse<?> response) {
    return String.join(",", response.headers().allValues("Vary")).toLowerCase(Locale.ROOT);
  }

  static byte[] gunzip(byte[] body) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  static byte[] unbrotli(byte[] body) throws IOException {
    Brotli4jLoader.ensureAvailability();
    DirectDecompress result = Decoder.decompress(body);
    assertEquals(DecoderJNI.Status.DONE, result.getResultStatus());
    return result.getDecompressedData();
  }
}
