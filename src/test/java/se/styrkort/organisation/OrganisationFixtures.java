package se.styrkort.organisation;

import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.styrkort.support.Api;

/** Test-data builders for organisation units and the plans that belong to them. */
public final class OrganisationFixtures {

  private OrganisationFixtures() {}

  /** A unit code no other test uses: codes are unique in the whole database. */
  public static String code(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static long unit(String code, String name, String kind, Long parentId) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", kind);
    body.put("parentId", parentId);
    return given()
        .body(body)
        .post("/api/v1/organisation-units")
        .then()
        .statusCode(201)
        .body("code", equalTo(code), "kind", equalTo(kind))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A council with two committees beneath it, each unit under a code of its own. */
  public record Council(long council, long school, long care) {}

  public static Council councilWithCommittees() {
    long council = unit(code("KF"), "Kommunfullmäktige", "COUNCIL", null);
    return new Council(
        council,
        unit(code("BUN"), "Barn- och utbildningsnämnden", "COMMITTEE", council),
        unit(code("SN"), "Socialnämnden", "COMMITTEE", council));
  }

  /**
   * Creates an API key with {@code role} limited to the unit (and what lies beneath it), for {@code
   * person} where not null; answers its secret.
   */
  public static String unitKey(String role, long unitId, String person) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "test " + role + " of unit " + unitId);
    body.put("role", role);
    body.put("organisationUnitIds", List.of(unitId));
    body.put("person", person);
    return Api.createKey(body);
  }

  public static long planOf(long unitId, String name) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", name);
    plan.put("organisation", "Testkommun " + UUID.randomUUID());
    plan.put("organisationUnitId", unitId);
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    plan.put("baselineYear", 2023);
    return given()
        .body(plan)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .body("organisationUnitId", equalTo((int) unitId))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Submits and approves the assessment as the admin. */
  public static void approveAssessment(long assessmentId) {
    for (String step : List.of("submission", "approval")) {
      given()
          .header("If-Match", given().get("/api/v1/assessments/{id}", assessmentId).header("ETag"))
          .post("/api/v1/assessments/{id}/" + step, assessmentId)
          .then()
          .statusCode(200);
    }
  }
}
