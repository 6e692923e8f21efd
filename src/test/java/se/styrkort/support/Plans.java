package se.styrkort.support;

import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A plan's steps through the API, as the admin: adopted, revised, exported as a plan document and
 * imported from one. Each checks the step's status and answers what the next step needs.
 */
public final class Plans {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Plans() {}

  /** Adopts the plan (KF § 12, 2024-11-25). */
  public static void adopt(long planId) {
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", planId).header("ETag"))
        .body(Map.of("decisionReference", "KF § 12", "decisionDate", "2024-11-25"))
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(200);
  }

  /** Starts a revision of an adopted plan; answers the revision's id. */
  public static long revise(long planId) {
    return given()
        .post("/api/v1/plans/{id}/revisions", planId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Imports the plan document; answers the new plan's id. */
  public static long imported(JsonNode document) {
    return given()
        .body(document.toString())
        .post("/api/v1/plans/import")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("planId");
  }

  /** The plan as its export writes it. */
  public static ObjectNode exported(long planId) {
    String document =
        given()
            .get("/api/v1/plans/{id}/export", planId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return (ObjectNode) JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
