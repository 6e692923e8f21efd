package se.styrkort.point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.point.PointFixtures.create;
import static se.styrkort.point.PointFixtures.inYear;
import static se.styrkort.point.PointFixtures.literal;
import static se.styrkort.point.PointFixtures.newIndicator;
import static se.styrkort.point.PointFixtures.outcomeOf;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.point.PointFixtures.withTargets;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Listing an indicator's rows costs the same number of statements however many rows it has. */
@QuarkusTest
class MeasurementPointQueryCountTest {

  @Inject SessionFactory sessionFactory;

  @Test
  void listingRowsWithTargetsDoesNotQueryPerRow() {
    long small = indicatorWithRows(2);
    long large = indicatorWithRows(8);
    long forSmall = statementsToList(small);
    long forLarge = statementsToList(large);
    assertEquals(forSmall, forLarge, "indicator check, points, and their targets in one query");
  }

  private static long indicatorWithRows(int rows) {
    long indicatorId = newIndicator();
    for (int i = 0; i < rows; i++) {
      create(
          indicatorId,
          withTargets(
              percent("Rad " + i),
              inYear(2024, literal("GE", 100, "100 %")),
              inYear(2025, outcomeOf("GE", 2024, "≥ 2024"))));
    }
    return indicatorId;
  }

  private long statementsToList(long indicatorId) {
    sessionFactory.getStatistics().clear();
    given().get("/api/v1/indicators/{id}/measurement-points", indicatorId).then().statusCode(200);
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }
}
