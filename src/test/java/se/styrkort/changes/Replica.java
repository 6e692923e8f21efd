package se.styrkort.changes;

import static se.styrkort.support.Api.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pulling system keeps: every entity of one plan as the API served it, keyed by type and id
 * (a target by its point and year, the way the API names it). Built the way docs/sync.md tells a
 * client to: a full load through the collections, then the change feed applied in order.
 */
final class Replica {

  final Map<String, Object> entities = new TreeMap<>();

  /** Loads the whole plan through its collections, following every next link. */
  static Replica fullLoad(long planId) {
    Replica replica = new Replica();
    replica.entities.put("PLAN:" + planId, read("/api/v1/plans/" + planId).jsonPath().get());
    for (Map<String, Object> goal : all("/api/v1/plans/" + planId + "/goals?limit=3")) {
      replica.entities.put("GOAL:" + goal.get("id"), goal);
      for (Map<String, Object> indicator :
          all("/api/v1/goals/" + goal.get("id") + "/indicators?limit=2")) {
        replica.entities.put("INDICATOR:" + indicator.get("id"), indicator);
        for (Map<String, Object> point :
            all("/api/v1/indicators/" + indicator.get("id") + "/measurement-points?limit=2")) {
          replica.putPoint(point);
          for (Map<String, Object> evaluation :
              all("/api/v1/measurement-points/" + point.get("id") + "/evaluations?limit=2")) {
            replica.entities.put("EVALUATION:" + evaluation.get("id"), evaluation);
          }
        }
      }
    }
    return replica;
  }

  /**
   * Applies one change from the feed: a tombstone removes the entity, anything else reads its
   * current state (404: it is gone already, its tombstone follows later in the feed).
   */
  void apply(Map<String, Object> change) {
    String type = (String) change.get("entityType");
    String key =
        type.equals("TARGET")
            ? "TARGET:" + change.get("measurementPointId") + "/" + change.get("year")
            : type + ":" + change.get("entityId");
    if (change.get("changeType").equals("DELETED")) {
      entities.remove(key);
      return;
    }
    Response current = read((String) change.get("href"));
    if (current.statusCode() == 404) {
      entities.remove(key);
      return;
    }
    Map<String, Object> body = current.jsonPath().get();
    switch (type) {
      case "MEASUREMENT_POINT" -> entities.put(key, body);
      case "TARGET" -> {
        entities.remove(key);
        for (Map<String, Object> target : targetsOf(body)) {
          if (target.get("year").equals(change.get("year"))) {
            entities.put(key, target);
          }
        }
      }
      default -> entities.put(key, body);
    }
  }

  private void putPoint(Map<String, Object> point) {
    entities.put("MEASUREMENT_POINT:" + point.get("id"), point);
    for (Map<String, Object> target : targetsOf(point)) {
      entities.put("TARGET:" + point.get("id") + "/" + target.get("year"), target);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> targetsOf(Map<String, Object> point) {
    return (List<Map<String, Object>>) point.get("targets");
  }

  private static Response read(String url) {
    return given().get(url).then().extract().response();
  }

  /** Every item of a collection, page by page. */
  private static List<Map<String, Object>> all(String first) {
    List<Map<String, Object>> items = new ArrayList<>();
    String url = first;
    while (url != null) {
      JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      url = page.getString("next");
    }
    return items;
  }
}
