package se.styrkort.reference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference series read and written through the API, with their values and earlier values. */
@QuarkusTest
class ReferenceSeriesResourceTest {

  private static final String OF_POINT = "/api/v1/measurement-points/{id}/reference-series";
  private static final String SERIES = "/api/v1/reference-series/{id}";

  static Map<String, Object> value(int year, Object value) {
    Map<String, Object> v = new HashMap<>();
    v.put("year", year);
    v.put("value", value);
    return v;
  }

  static Map<String, Object> national(List<Map<String, Object>> values) {
    Map<String, Object> body = new HashMap<>();
    body.put("level", "NATIONAL");
    body.put("label", "Riket");
    body.put("source", "KOLADA");
    body.put("koladaKpi", "N15419");
    body.put("areaCode", "0000");
    body.put("values", values);
    return body;
  }

  private static Response create(long pointId, Map<String, Object> body) {
    return given().body(body).post(OF_POINT, pointId);
  }

  @Test
  void aKoladaSeriesIsCreatedWithItsCreditAndAMissingValueStaysNull() {
    long point = newPoint(percent("Matematik"));
    Response created =
        create(point, national(new ArrayList<>(List.of(value(2023, 84.5), value(2024, null)))));
    created
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .body("credit", equalTo("Källa: Kolada"))
        .body("values.year", contains(2023, 2024))
        .body("values[0].value", equalTo(84.5f))
        .body("values[1].value", nullValue())
        .body("values[1].fetchedAt", nullValue());
    long id = created.jsonPath().getLong("id");

    given().get(SERIES, id).then().statusCode(200).body("label", equalTo("Riket"));
    given()
        .get(OF_POINT, point)
        .then()
        .statusCode(200)
        .body("id", contains((int) id))
        .body("[0].values", hasSize(2));
  }

  @Test
  void aManualSeriesHasNoCredit() {
    long point = newPoint(percent("Svenska"));
    Map<String, Object> body = new HashMap<>();
    body.put("level", "GROUP");
    body.put("label", "Liknande kommuner");
    body.put("source", "MANUAL");
    create(point, body)
        .then()
        .statusCode(201)
        .body("credit", nullValue())
        .body("values", hasSize(0));
  }

  @Test
  void replacingAValueKeepsTheEarlierOneInTheHistory() {
    long point = newPoint(percent("Matematik"));
    long id =
        create(point, national(new ArrayList<>(List.of(value(2023, 84.5), value(2024, 80)))))
            .jsonPath()
            .getLong("id");

    given()
        .header("If-Match", "\"0\"")
        .body(national(new ArrayList<>(List.of(value(2023, 85.1), value(2024, 80)))))
        .put(SERIES, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("values[0].value", equalTo(85.1f));

    given()
        .get(SERIES + "/history", id)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].year", equalTo(2023))
        .body("[0].value", equalTo(84.5f));
  }

  @Test
  void aStaleIfMatchIsRefusedAndNothingChanges() {
    long point = newPoint(percent("Matematik"));
    long id =
        create(point, national(new ArrayList<>(List.of(value(2023, 84.5)))))
            .jsonPath()
            .getLong("id");

    givenInvalid()
        .header("If-Match", "\"7\"")
        .body(national(new ArrayList<>(List.of(value(2023, 1)))))
        .put(SERIES, id)
        .then()
        .statusCode(412);
    givenInvalid().header("If-Match", "\"7\"").delete(SERIES, id).then().statusCode(412);
    given().get(SERIES, id).then().body("values[0].value", equalTo(84.5f));
  }

  @Test
  void invalidSeriesAreRefusedWithTheFieldAndWhy() {
    long point = newPoint(percent("Matematik"));
    Map<String, Object> body = national(new ArrayList<>(List.of(value(2023, 1), value(2023, 2))));
    body.remove("koladaKpi");
    givenInvalid()
        .body(body)
        .post(OF_POINT, point)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("koladaKpi"))
        .body("errors.field", hasItem("values[1].year"));

    Map<String, Object> outside = national(new ArrayList<>(List.of(value(2030, 1))));
    givenInvalid()
        .body(outside)
        .post(OF_POINT, point)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values[0].year"));

    Map<String, Object> badArea = national(new ArrayList<>());
    badArea.put("areaCode", "18");
    givenInvalid()
        .body(badArea)
        .post(OF_POINT, point)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("areaCode"));

    Map<String, Object> noLevel = national(new ArrayList<>());
    noLevel.remove("level");
    givenInvalid()
        .body(noLevel)
        .post(OF_POINT, point)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("level"));
    given().get(OF_POINT, point).then().body("", hasSize(0));
  }

  @Test
  void theSameLevelAndLabelTwiceIsADuplicate() {
    long point = newPoint(percent("Matematik"));
    create(point, national(new ArrayList<>())).then().statusCode(201);
    givenInvalid().body(national(new ArrayList<>())).post(OF_POINT, point).then().statusCode(409);
  }

  @Test
  void unknownIdsAre404AndADeletedSeriesIsGone() {
    givenInvalid().get(SERIES, 987654321).then().statusCode(404);
    givenInvalid().get(OF_POINT, 987654321).then().statusCode(404);
    long point = newPoint(percent("Matematik"));
    Response created = create(point, national(new ArrayList<>(List.of(value(2023, 84.5)))));
    long id = created.jsonPath().getLong("id");
    given().header("If-Match", "\"0\"").delete(SERIES, id).then().statusCode(204);
    givenInvalid().get(SERIES, id).then().statusCode(404);
  }

  @Test
  void aPointWithSeriesIsNotDeletedUntilTheSeriesAre() {
    long point = newPoint(percent("Svenska"));
    long id = create(point, national(new ArrayList<>())).jsonPath().getLong("id");
    String pointTag = given().get("/api/v1/measurement-points/{id}", point).header("ETag");
    given()
        .header("If-Match", pointTag)
        .delete("/api/v1/measurement-points/{id}", point)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body(
            "detail",
            equalTo(
                "The measurement point cannot be deleted while it has 1 reference series"
                    + " (delete them first)."));
    given().get(SERIES, id).then().statusCode(200);
    given()
        .header("If-Match", given().get(SERIES, id).header("ETag"))
        .delete(SERIES, id)
        .then()
        .statusCode(204);
    given()
        .header("If-Match", given().get("/api/v1/measurement-points/{id}", point).header("ETag"))
        .delete("/api/v1/measurement-points/{id}", point)
        .then()
        .statusCode(204);
  }
}
