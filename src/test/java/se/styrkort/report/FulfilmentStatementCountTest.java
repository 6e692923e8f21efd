package se.styrkort.report;

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
 * A fulfilment request costs the same number of SQL statements for the 23 points of the demo plan
 * as for a generated plan of 2,250 (more than Hibernate's batch size of 16 at every level): its
 * cost in round trips does not grow with the plan.
 */
@QuarkusTest
class FulfilmentStatementCountTest {

  @Inject AgroalDataSource dataSource;
  @Inject EntityManagerFactory entityManagerFactory;
  @Inject se.styrkort.cache.DocumentCache documents;

  private long statementsFor(String path, long id) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    given().get(path, id).then().statusCode(200); // warm-up
    // The computation, not the document cache, is what is counted here.
    documents.clear();
    statistics.clear();
    given().get(path, id).then().statusCode(200);
    return statistics.getPrepareStatementCount();
  }

  @Test
  void planFulfilmentDoesNotGrowWithThePlan() throws Exception {
    long large = new LargePlan(dataSource).create(LargePlan.LARGE, "Statement count");
    long demo = DemoPlans.id();

    long forDemo = statementsFor("/api/v1/plans/{id}/fulfilment", demo);
    long forLarge = statementsFor("/api/v1/plans/{id}/fulfilment", large);
    assertTrue(forDemo > 0, "statistics must be counting");
    assertEquals(forDemo, forLarge, "statements for 23 points vs 2,250 points");
    assertTrue(
        forLarge <= 6,
        "plan with goals, indicators with points, targets of the latest year, follow-up values,"
            + " assessments, reference series with values; was "
            + forLarge);

    given()
        .get("/api/v1/plans/{id}/fulfilment", large)
        .then()
        .statusCode(200)
        .body("node.counts.total", org.hamcrest.Matchers.equalTo(LargePlan.LARGE.points()));
  }
}
