package se.styrkort.kolada;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.support.Api.given;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.support.DemoPlanCopy;
import se.styrkort.support.KoladaLinks;
import se.styrkort.support.KoladaStub;

/** The optional schedule: off unless configured, and a run syncs every plan's Kolada series. */
@QuarkusTest
class KoladaScheduleTest {

  @Inject Scheduler scheduler;
  @Inject KoladaSchedule schedule;

  @BeforeEach
  void published() {
    KoladaStub.reset();
  }

  @Test
  void isOffByDefault() {
    assertNull(scheduler.getScheduledJob("kolada-sync"));
  }

  @Test
  void aRunSyncsThePlansSeriesAndAFailingKoladaOnlyLogs() {
    long plan = DemoPlanCopy.create("Flerårsplan 2025–2026 (schema)");
    long matematik = DemoPlanCopy.point(plan, "Matematik");
    long series = KoladaLinks.riket(matematik, "N90001");

    KoladaStub.down();
    assertDoesNotThrow(schedule::run);
    assertEquals(List.of(), values(series), "the failed run wrote nothing");

    KoladaStub.reset();
    schedule.run();
    List<Map<String, Object>> values = values(series);
    assertEquals(4, values.size());
    assertEquals(71.2, ((Number) values.get(1).get("value")).doubleValue(), 1e-4);
  }

  private static List<Map<String, Object>> values(long series) {
    return given().get("/api/v1/reference-series/{id}", series).jsonPath().getList("values");
  }
}
