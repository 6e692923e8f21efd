package se.styrkort.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.support.LargePlan;

/**
 * A follow-up status report costs the same number of SQL statements for the 23 points of the demo
 * plan as for a generated plan of 2,250: its round trips do not grow with the plan.
 */
@QuarkusTest
class FollowUpStatementCountTest {

  private static final String PATH = "/api/v1/plans/{planId}/follow-up-status";

  @Inject AgroalDataSource dataSource;
  @Inject EntityManagerFactory entityManagerFactory;

  private long statementsFor(long planId) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    report(planId); // warm-up
    statistics.clear();
    report(planId);
    return statistics.getPrepareStatementCount();
  }

  private void report(long planId) {
    given()
        .queryParam("asOf", "2024-08-31")
        .queryParam("limit", 500)
        .get(PATH, planId)
        .then()
        .statusCode(200);
  }

  @Test
  void theReportDoesNotGrowWithThePlan() throws Exception {
    long large = new LargePlan(dataSource).create(LargePlan.LARGE, "Follow-up statement count");

    long forDemo = statementsFor(DemoPlans.id());
    long forLarge = statementsFor(large);
    assertTrue(forDemo > 0, "statistics must be counting");
    assertEquals(forDemo, forLarge, "statements for 23 points vs 2,250 points");

    // Every generated point has a forecast as of 31 August and an outcome in 2024.
    given()
        .queryParam("asOf", "2024-08-31")
        .queryParam("status", "COMPLETE")
        .get(PATH, large)
        .then()
        .statusCode(200)
        .body("counts.total", equalTo(LargePlan.LARGE.points()))
        .body("counts.complete", equalTo(LargePlan.LARGE.points()));
  }
}
