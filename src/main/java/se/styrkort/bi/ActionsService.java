package se.styrkort.bi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The BI action table: every action and assignment, flat, in the order of its id, with the goals it
 * serves and its latest status report. One statement per page or per chunk of an export, whatever
 * the number of plans. The same SQL is the OData set Actions ({@link #FROM}, {@link #COLUMNS}).
 */
@ApplicationScoped
public class ActionsService {

  /** The tables a row is read from; {@code a.plan_id} names its plan. */
  public static final String FROM =
      "plan_action a join plan pl on pl.id = a.plan_id"
          + " left join organisation_unit u on u.id = a.responsible_unit_id"
          + " left join action_status_report r on r.id = (select r2.id from action_status_report"
          + " r2 join reporting_period p2 on p2.id = r2.period_id where r2.action_id = a.id"
          + " order by p2.as_of desc, p2.id desc limit 1)"
          + " left join reporting_period rp on rp.id = r.period_id";

  /** The column naming a row's plan. */
  public static final String PLAN_COLUMN = "a.plan_id";

  /** The SQL of each column of {@link ActionRow}, in its order. */
  public static final List<String> COLUMNS =
      List.of(
          "a.id",
          "a.plan_id",
          "pl.name",
          "a.kind",
          "a.title",
          "(select group_concat(cast(ag.goal_id as char) order by ag.goal_id separator ' ')"
              + " from plan_action_goal ag where ag.action_id = a.id)",
          "a.responsible_unit_id",
          "u.code",
          "a.responsible_person",
          "a.start_date",
          "a.end_date",
          "a.decision_reference",
          "rp.id",
          "rp.code",
          "rp.year",
          "r.status",
          "r.comment",
          "r.recorded_by",
          "r.recorded_at",
          "a.version");

  @Inject EntityManager em;

  /**
   * The actions with an id above {@code afterId} of plans whose years meet the filter's, at most
   * {@code count} of them.
   */
  @Transactional
  public List<ActionRow> rows(BiFilter filter, long afterId, int count) {
    var query =
        em.createNativeQuery(
            "select "
                + String.join(", ", COLUMNS)
                + " from "
                + FROM
                + " where a.id > :after and pl.end_year >= :firstYear and pl.start_year <= :lastYear"
                + filter.planConditions(PLAN_COLUMN)
                + " order by a.id",
            Object[].class);
    query
        .setParameter("after", afterId)
        .setParameter("firstYear", filter.firstYear())
        .setParameter("lastYear", filter.lastYear())
        .setMaxResults(count);
    filter.bind(query);
    @SuppressWarnings("unchecked")
    List<Object[]> found = query.getResultList();
    return found.stream().map(r -> row(r, filter.authorship())).toList();
  }

  /** Hands every action to {@code sink} chunk by chunk, each chunk in its own transaction. */
  public void stream(BiFilter filter, Predicate<List<ActionRow>> sink) {
    IdChunks.stream(filter, this::rows, ActionRow::actionId, sink);
  }

  private static ActionRow row(Object[] r, boolean authorship) {
    return new ActionRow(
        number(r[0]),
        number(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        r[6] == null ? null : number(r[6]),
        (String) r[7],
        authorship ? (String) r[8] : null,
        date(r[9]),
        date(r[10]),
        (String) r[11],
        r[12] == null ? null : number(r[12]),
        (String) r[13],
        r[14] == null ? null : ((Number) r[14]).intValue(),
        (String) r[15],
        (String) r[16],
        authorship ? (String) r[17] : null,
        instant(r[18]),
        number(r[19]));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate date(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((java.sql.Date) value).toLocalDate();
  }

  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
