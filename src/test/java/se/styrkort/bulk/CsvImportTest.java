package se.styrkort.bulk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.bulk.BulkEntryFixtures.pointIn;
import static se.styrkort.bulk.BulkEntryFixtures.valuesOf;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;

/** Follow-up values from a spreadsheet export, as municipalities keep them. */
@QuarkusTest
class CsvImportTest {

  private static final String IMPORT = "/api/v1/plans/{planId}/evaluations/import";

  /**
   * "Alla elever upplever respektfullt bemötande": the seed's three points, with its 2023 levels as
   * 2024 outcomes, exported from a Swedish spreadsheet (BOM, semicolons, decimal comma).
   */
  private static String seedOutcomes2024(long preschool, long school, long adults) {
    return "\uFEFFmeasurementPointId;year;kind;asOf;value;note;periodLabel\n"
        + preschool
        + ";2024;OUTCOME;2024-12-31;99;;Helår\n"
        + school
        + ";2024;OUTCOME;2024-12-31;81,5;Enkät vt 2024;Helår\n"
        + adults
        + ";2024;OUTCOME;2024-12-31;74;;Helår\n";
  }

  @Test
  void aDryRunReportsTheChangesAndWritesNothingThenTheRealRunWritesThemAll() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    long school = pointIn(planId, "Grundskola/särskola");
    long adults = pointIn(planId, "Vuxenutbildningen");
    String csv = seedOutcomes2024(preschool, school, adults);

    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .queryParam("dryRun", true)
        .post(IMPORT, planId)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(3))
        .body("createdIds", hasSize(0));
    assertEquals(List.of(), valuesOf(preschool));

    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .post(IMPORT, planId)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("created", equalTo(3))
        .body("createdIds", hasSize(3));
    assertEquals(List.of(99), valuesOf(preschool));
    assertEquals(List.of(81.5f), valuesOf(school));
    assertEquals(List.of(74), valuesOf(adults));

    // Imported again, with one correction: the dry run sees exactly that.
    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv.replace(";74;", ";75;"))
        .queryParam("dryRun", true)
        .post(IMPORT, planId)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(2));
  }

  @Test
  void commasAndDecimalPointsAreReadToo() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");

    given()
        .contentType("text/csv; charset=UTF-8")
        .body(
            "measurementPointId,year,kind,asOf,value\n"
                + preschool
                + ",2024,OUTCOME,2024-12-31,98.5\n")
        .post(IMPORT, planId)
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    assertEquals(List.of(98.5f), valuesOf(preschool));
  }

  @Test
  void unreadableCellsAreNamedByRowAndNothingIsWritten() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");

    givenInvalid()
        .contentType("text/csv; charset=UTF-8")
        .body(
            "measurementPointId;year;kind;asOf;value\n"
                + preschool
                + ";2024;OUTCOME;2024-12-31;98\n"
                + preschool
                + ";tjugo;OUTCOME;31/12;98\n")
        .post(IMPORT, planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("rows[1].year", "rows[1].asOf"));
    assertEquals(List.of(), valuesOf(preschool));
  }

  @Test
  void aMissingColumnIsNamed() {
    givenInvalid()
        .contentType("text/csv; charset=UTF-8")
        .body("measurementPointId;year;value\n1;2024;98\n")
        .post(IMPORT, GoalFixtures.newPlan())
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("header"));
  }
}
