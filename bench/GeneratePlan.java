import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.mariadb.jdbc.MariaDbDataSource;
import se.styrkort.support.LargePlan;

/**
 * Writes a generated plan into a migrated database with the tests' LargePlan generator, then lists
 * its measurement points (id and value type, one a line) for the load generator.
 *
 * <p>Usage: GeneratePlan JDBC_URL USER PASSWORD SHAPE(benchmark|million|soak) POINTS_FILE; prints the id.
 */
public class GeneratePlan {
  public static void main(String[] args) throws Exception {
    MariaDbDataSource dataSource = new MariaDbDataSource(args[0]);
    dataSource.setUser(args[1]);
    dataSource.setPassword(args[2]);
    LargePlan.Shape shape =
        switch (args[3]) {
          case "benchmark" -> LargePlan.BENCHMARK;
          // A municipality-sized plan: 360 points over five years, so that 30 req/s of tree
          // reads stays a steady load rather than a saturating one on a small machine.
          // 100,000 points over ten years: a million BI fact rows (bench/csv.sh).
          case "million" -> new LargePlan.Shape(10, 10, 40, 25, 2021, 10);
          case "soak" -> new LargePlan.Shape(3, 3, 4, 10, 2022, 5);
          default -> throw new IllegalArgumentException("shape: benchmark, million or soak");
        };
    long planId = new LargePlan(dataSource).create(shape, "Genererad plan (" + args[3] + ")");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement points =
            connection.prepareStatement(
                "select p.id, p.value_type from measurement_point p"
                    + " join indicator i on p.indicator_id = i.id join goal g on i.goal_id = g.id"
                    + " where g.plan_id = ? order by p.id");
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4])))) {
      points.setLong(1, planId);
      try (ResultSet rows = points.executeQuery()) {
        while (rows.next()) {
          out.println(rows.getLong(1) + " " + rows.getString(2));
        }
      }
    }
    System.out.println(planId);
  }
}
