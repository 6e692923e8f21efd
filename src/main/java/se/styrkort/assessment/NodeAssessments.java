package se.styrkort.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;

/**
 * The assessments of a plan's nodes as the documents about the whole plan show them (fulfilment,
 * tree): one statement, whatever the plan's size, as plain rows.
 */
@ApplicationScoped
public class NodeAssessments {

  /** An assessment of a node with its period. */
  public record Row(
      long id,
      long version,
      long periodId,
      String periodCode,
      LocalDate periodAsOf,
      NodeKind nodeKind,
      long nodeId,
      AssessedStatus status,
      Outlook outlook,
      String motivation,
      String analysis,
      EvaluationState state) {}

  /** Rows by node kind and node id. */
  public record ByNode(Map<NodeKind, Map<Long, Row>> rows) {

    public static final ByNode NONE = new ByNode(Map.of());

    /** The node's row, or null. */
    public Row of(NodeKind kind, long nodeId) {
      return rows.getOrDefault(kind, Map.of()).get(nodeId);
    }

    /** Every row, in no particular order. */
    public List<Row> all() {
      return rows.values().stream().flatMap(m -> m.values().stream()).toList();
    }
  }

  private static final String SELECT =
      "select a.id, a.version, p.id, p.code, p.asOf, a.nodeKind, a.nodeId, a.status, a.outlook,"
          + " a.motivation, a.analysis, a.state from Assessment a, ReportingPeriod p"
          + " where p.id = a.periodId and a.planId = :plan";

  @Inject EntityManager em;

  /** Each node's assessment in the latest reporting period of the year that has one. */
  public ByNode latestOfYear(long planId, int year) {
    return latestOfYear(planId, year, null);
  }

  /**
   * Each node's assessment in the latest reporting period of the year that has one, of the periods
   * dated on or before {@code asOf} when it is given (a report as of a date).
   */
  public ByNode latestOfYear(long planId, int year, LocalDate asOf) {
    return byNode(
        em.createQuery(SELECT + " and p.year = :year and p.asOf <= :asOf", Object[].class)
            .setParameter("plan", planId)
            .setParameter("year", year)
            .setParameter("asOf", asOf == null ? LocalDate.of(year + 1, 12, 31) : asOf));
  }

  /**
   * Each node's APPROVED assessment in the latest reporting period of the year that has one: what
   * an anonymous reader of the BI node table sees (a draft is work in progress).
   */
  public ByNode latestApprovedOfYear(long planId, int year) {
    return byNode(
        em.createQuery(SELECT + " and p.year = :year and a.state = :approved", Object[].class)
            .setParameter("plan", planId)
            .setParameter("year", year)
            .setParameter("approved", EvaluationState.APPROVED));
  }

  /** Each node's assessment in the one period (of the plan) named by its code. */
  public ByNode ofPeriod(long planId, String periodCode) {
    return byNode(
        em.createQuery(SELECT + " and p.code = :code", Object[].class)
            .setParameter("plan", planId)
            .setParameter("code", periodCode));
  }

  private static ByNode byNode(TypedQuery<Object[]> query) {
    List<Row> rows =
        query.setHint(HibernateHints.HINT_READ_ONLY, true).getResultList().stream()
            .map(
                r ->
                    new Row(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (LocalDate) r[4],
                        (NodeKind) r[5],
                        (Long) r[6],
                        (AssessedStatus) r[7],
                        (Outlook) r[8],
                        (String) r[9],
                        (String) r[10],
                        (EvaluationState) r[11]))
            .toList();
    Map<NodeKind, Map<Long, Row>> latest = new HashMap<>();
    for (Row row : rows) {
      latest
          .computeIfAbsent(row.nodeKind(), kind -> new HashMap<>())
          .merge(row.nodeId(), row, (a, b) -> a.periodAsOf().isAfter(b.periodAsOf()) ? a : b);
    }
    return new ByNode(latest);
  }
}
