package se.styrkort.support;

import static se.styrkort.support.Api.given;

import java.util.Map;

/** Kolada reference series made through the API, the way a planner links a point. */
public final class KoladaLinks {

  private KoladaLinks() {}

  /** Riket ("0000") for the key figure, with no values yet; answers the series id. */
  public static long riket(long pointId, String kpi) {
    return link(pointId, "NATIONAL", "Riket", kpi, "0000");
  }

  /** Örebro län as a region ("0018"), with no values yet; answers the series id. */
  public static long orebroLan(long pointId, String kpi) {
    return link(pointId, "COUNTY", "Örebro län", kpi, "0018");
  }

  private static long link(long pointId, String level, String label, String kpi, String area) {
    return given()
        .body(
            Map.of(
                "level", level,
                "label", label,
                "source", "KOLADA",
                "koladaKpi", kpi,
                "areaCode", area))
        .post("/api/v1/measurement-points/{id}/reference-series", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
