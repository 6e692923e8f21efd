package se.styrkort.document;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The follow-up report of a plan for a year or reporting period, as the template writes it: every
 * text already in Swedish and formatted, so the template only lays it out. A missing value is the
 * word "saknas", never 0.
 */
@TemplateData
public record ReportDocument(
    String title,
    String organisation,
    String planName,
    String planStatus,
    String period,
    String decision,
    String dataDate,
    String basis,
    Integer baselineYear,
    int year,
    String rule,
    Summary summary,
    Assessment planAssessment,
    List<Area> areas) {

  /** The counts per status per focus area, and the sentence "8 av 23 mätpunkter uppfyllda". */
  @TemplateData
  public record Summary(List<Counts> rows, Counts total, String sentence) {}

  /** Measurement points in each status beneath a node. */
  @TemplateData
  public record Counts(
      String name,
      int fulfilled,
      int partiallyFulfilled,
      int notFulfilled,
      int noData,
      int noTarget,
      int total) {}

  /** A status in words, with the style class that colours it (the words carry the meaning). */
  @TemplateData
  public record Status(String text, String styleClass, String counts, String reason) {}

  /** A person's assessment of a node in a reporting period. */
  @TemplateData
  public record Assessment(
      String period, String status, String outlook, String motivation, String analysis) {}

  /** A focus area: its description, its goals and any indicators placed directly beneath it. */
  @TemplateData
  public record Area(
      String anchor,
      String title,
      String description,
      Status status,
      Assessment assessment,
      List<Goal> goals,
      List<Table> indicators) {}

  /** A goal with its computed status, its assessment and its indicators. */
  @TemplateData
  public record Goal(
      String anchor, String title, Status status, Assessment assessment, List<Table> indicators) {}

  /** An indicator: the seed's table, plus status and the reference values. */
  @TemplateData
  public record Table(
      String anchor,
      String title,
      String description,
      Status status,
      Assessment assessment,
      String baselineHeader,
      String targetHeader,
      String valueHeader,
      String referenceHeader,
      boolean hasReferences,
      int columns,
      List<Row> rows,
      List<String> credits) {}

  /**
   * One row: a measurement point, or (group) the sub-heading of the points that follow it
   * ("Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:").
   */
  @TemplateData
  public record Row(
      boolean group,
      String label,
      String baseline,
      String target,
      String resolvedTarget,
      String value,
      Status status,
      List<String> references) {}
}
