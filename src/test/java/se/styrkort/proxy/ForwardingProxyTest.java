package se.styrkort.proxy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.withoutCredentials;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * Next links behind an HTTPS reverse proxy: from the trusted proxy's address the forwarded scheme
 * and host make every link {@code https://public-host/…}; the same headers from any other address
 * are ignored. A key sent as the {@code api_key} query parameter is never echoed into a link.
 */
@QuarkusTest
@TestProfile(ForwardingProxyProfile.class)
class ForwardingProxyTest {

  private static final String PUBLIC = "https://styrkort.kommun.example";

  @TestHTTPResource("/")
  URL root;

  private static String key() {
    return Api.authHeaders().get(Api.API_KEY_HEADER);
  }

  @Test
  void xForwardedHeadersFromTheTrustedProxyMakeODataLinksPublic() {
    withoutCredentials()
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "styrkort.kommun.example")
        .queryParam("api_key", key())
        .accept("application/json")
        .get("/odata/v1/Goals")
        .then()
        .statusCode(200)
        .body("'@odata.context'", startsWith(PUBLIC + "/odata/v1/$metadata#Goals"))
        .body("'@odata.nextLink'", startsWith(PUBLIC + "/odata/v1/Goals?"))
        .body("'@odata.nextLink'", not(containsString("api_key")))
        .body("'@odata.nextLink'", not(containsString(key())));
  }

  @Test
  void theStandardForwardedHeaderMakesRestNextLinksPublic() {
    withoutCredentials()
        .header("Forwarded", "for=192.0.2.60;proto=https;host=styrkort.kommun.example")
        .queryParam("api_key", key())
        .queryParam("limit", 1)
        .accept("application/json")
        .get("/api/v1/bi/facts")
        .then()
        .statusCode(200)
        .body("next", startsWith(PUBLIC + "/api/v1/bi/facts?"))
        .body("next", not(containsString("api_key")));
    withoutCredentials()
        .header("Forwarded", "proto=https;host=styrkort.kommun.example")
        .queryParam("api_key", key())
        .queryParam("limit", 1)
        .accept("application/json")
        .get("/api/v1/bi/evaluations")
        .then()
        .statusCode(200)
        .body("next", startsWith(PUBLIC + "/api/v1/bi/evaluations?"))
        .body("next", not(containsString("api_key")));
  }

  @Test
  void withoutForwardedHeadersLinksNameTheServiceItself() {
    withoutCredentials()
        .queryParam("api_key", key())
        .accept("application/json")
        .get("/odata/v1/Goals")
        .then()
        .statusCode(200)
        .body("'@odata.nextLink'", startsWith(root + "odata/v1/Goals?"));
  }

  /**
   * The same forged headers from 127.0.0.2, an address on this machine that is not the trusted
   * proxy, change nothing: a client cannot point other clients' links at a host of its choosing.
   */
  @Test
  void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws IOException {
    String body =
        rawGet(
            InetAddress.getByName("127.0.0.2"),
            "/odata/v1/Goals?api_key=" + key(),
            "X-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\n"
                + "Forwarded: proto=https;host=evil.example\r\n");
    assertTrue(body.startsWith("HTTP/1.1 200"), body);
    Matcher next = Pattern.compile("\"@odata.nextLink\":\"([^\"]+)\"").matcher(body);
    assertTrue(next.find(), body);
    assertTrue(next.group(1).startsWith(root + "odata/v1/Goals?"), next.group(1));
    assertFalse(body.contains("evil.example"), body);
    assertFalse(next.group(1).contains("api_key"), next.group(1));
  }

  /** One HTTP/1.1 GET over a socket bound to {@code from}, the whole answer as text. */
  private String rawGet(InetAddress from, String path, String headers) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort(), from, 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + root.getHost()
                  + ":"
                  + root.getPort()
                  + "\r\nAccept: application/json\r\n"
                  + headers
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
