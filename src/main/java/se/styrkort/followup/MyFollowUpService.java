package se.styrkort.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styrkort.followup.MyFollowUpViews.Counts;
import se.styrkort.followup.MyFollowUpViews.Item;
import se.styrkort.followup.MyFollowUpViews.ItemKind;
import se.styrkort.followup.MyFollowUpViews.Reason;
import se.styrkort.followup.MyFollowUpViews.Subject;
import se.styrkort.period.PeriodFollowUpStatus;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.plan.Plan;
import se.styrkort.security.CallerAccess;
import se.styrkort.security.Role;

/**
 * "My follow-ups": the follow-up of every open reporting period whose date has passed, in the plans
 * the caller may read, narrowed to what the caller is responsible for and, for approvers, what
 * waits for approval. Responsibility is inherited downwards: a point that names no person answers
 * to its indicator's, an indicator to its goal's, a goal to its parent's.
 */
@ApplicationScoped
@Transactional
public class MyFollowUpService {

  @Inject EntityManager em;
  @Inject PeriodFollowUpService periods;
  @Inject CallerAccess caller;
  @Inject se.styrkort.vocabulary.RequestLanguage language;

  MyFollowUpViews.Report report() {
    LocalDate today = LocalDate.now();
    Set<String> persons = caller.persons();
    boolean approver = caller.holds(Role.APPROVER);
    List<Item> items = new ArrayList<>();
    if (!persons.isEmpty() || approver) {
      Optional<Set<Long>> readable = caller.readablePlanIds();
      List<ReportingPeriod> open =
          em
              .createQuery(
                  "from ReportingPeriod p where p.state = :open and p.asOf <= :today"
                      + " order by p.deadline, p.planId, p.asOf",
                  ReportingPeriod.class)
              .setParameter("open", PeriodState.OPEN)
              .setParameter("today", today)
              .getResultList()
              .stream()
              .filter(p -> readable.map(plans -> plans.contains(p.planId)).orElse(true))
              .toList();
      Map<Long, Responsibility> responsibilities = new HashMap<>();
      Map<Long, String> planNames = new HashMap<>();
      for (ReportingPeriod period : open) {
        PeriodFollowUpViews.Report report = periods.report(period.id);
        Responsibility responsible =
            persons.isEmpty()
                ? null
                : responsibilities.computeIfAbsent(period.planId, this::responsibility);
        for (PeriodFollowUpViews.Item item : report.items()) {
          Reason reason = null;
          boolean due =
              item.status() == PeriodFollowUpStatus.MISSING
                  || item.status() == PeriodFollowUpStatus.DRAFT;
          Subject subject = Subject.valueOf(item.subject().name());
          if (due
              && responsible != null
              && isOneOf(persons, responsible.of(subject, item.subjectId()))) {
            reason = Reason.RESPONSIBLE;
          } else if (approver && item.status() == PeriodFollowUpStatus.SUBMITTED) {
            reason = Reason.APPROVAL;
          }
          if (reason != null) {
            String planName =
                planNames.computeIfAbsent(period.planId, id -> em.find(Plan.class, id).name);
            items.add(
                new Item(
                    reason,
                    period.planId,
                    planName,
                    period.id,
                    period.code,
                    period.deadline,
                    ItemKind.valueOf(item.item().name()),
                    subject,
                    item.subjectId(),
                    item.title(),
                    item.status(),
                    item.statusText(),
                    item.overdue(),
                    item.recordId()));
          }
        }
        if (responsible != null) {
          for (PeriodFollowUpService.ActionItem action : periods.actionItems(period)) {
            if (action.reportId() == null
                && isOneOf(persons, responsible.of(Subject.ACTION, action.actionId()))) {
              items.add(
                  new Item(
                      Reason.RESPONSIBLE,
                      period.planId,
                      planNames.computeIfAbsent(period.planId, id -> em.find(Plan.class, id).name),
                      period.id,
                      period.code,
                      period.deadline,
                      ItemKind.ACTION_STATUS,
                      Subject.ACTION,
                      action.actionId(),
                      action.title(),
                      PeriodFollowUpStatus.MISSING,
                      language.text(PeriodFollowUpStatus.MISSING),
                      action.overdue(),
                      null));
            }
          }
        }
      }
    }
    Counts counts =
        new Counts(
            items.size(),
            count(items, PeriodFollowUpStatus.MISSING, Reason.RESPONSIBLE),
            count(items, PeriodFollowUpStatus.DRAFT, Reason.RESPONSIBLE),
            (int) items.stream().filter(Item::overdue).count(),
            count(items, PeriodFollowUpStatus.SUBMITTED, Reason.APPROVAL));
    return new MyFollowUpViews.Report(
        today, persons.stream().sorted().toList(), counts, List.copyOf(items));
  }

  /**
   * Whether the responsible person is the caller; nobody named is nobody's (immutable sets refuse
   * null).
   */
  private static boolean isOneOf(Set<String> persons, String responsible) {
    return responsible != null && persons.contains(responsible);
  }

  private static int count(List<Item> items, PeriodFollowUpStatus status, Reason reason) {
    return (int) items.stream().filter(i -> i.status() == status && i.reason() == reason).count();
  }

  /** Each node's responsible person in one plan, with what it inherits from above. */
  private Responsibility responsibility(long planId) {
    Responsibility r = new Responsibility();
    for (Object[] g :
        em.createQuery(
                "select g.id, g.parentId, g.responsiblePerson from Goal g where g.planId = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      r.goalParent.put((Long) g[0], (Long) g[1]);
      r.goalPerson.put((Long) g[0], lower((String) g[2]));
    }
    for (Object[] i :
        em.createQuery(
                "select i.id, i.goalId, i.responsiblePerson from Indicator i, Goal g"
                    + " where g.id = i.goalId and g.planId = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      r.indicatorGoal.put((Long) i[0], (Long) i[1]);
      r.indicatorPerson.put((Long) i[0], lower((String) i[2]));
    }
    for (Object[] p :
        em.createQuery(
                "select p.id, p.indicatorId, p.responsiblePerson from MeasurementPoint p,"
                    + " Indicator i, Goal g where i.id = p.indicatorId and g.id = i.goalId"
                    + " and g.planId = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      r.pointIndicator.put((Long) p[0], (Long) p[1]);
      r.pointPerson.put((Long) p[0], lower((String) p[2]));
    }
    for (Object[] a :
        em.createQuery(
                "select a.id, a.responsiblePerson from PlanAction a where a.planId = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      r.actionPerson.put((Long) a[0], lower((String) a[1]));
    }
    return r;
  }

  private static String lower(String person) {
    return person == null ? null : person.strip().toLowerCase(Locale.ROOT);
  }

  /** The responsible people of one plan's nodes. */
  private static final class Responsibility {
    final Map<Long, Long> goalParent = new HashMap<>();
    final Map<Long, String> goalPerson = new HashMap<>();
    final Map<Long, Long> indicatorGoal = new HashMap<>();
    final Map<Long, String> indicatorPerson = new HashMap<>();
    final Map<Long, Long> pointIndicator = new HashMap<>();
    final Map<Long, String> pointPerson = new HashMap<>();
    final Map<Long, String> actionPerson = new HashMap<>();

    /** The subject's own responsible person, or the nearest one above it; null when none. */
    String of(Subject subject, long id) {
      return switch (subject) {
        case ACTION -> actionPerson.get(id);
        case GOAL -> goal(id);
        case INDICATOR -> indicator(id);
        case MEASUREMENT_POINT -> {
          String own = pointPerson.get(id);
          Long indicator = pointIndicator.get(id);
          yield own != null ? own : indicator == null ? null : indicator(indicator);
        }
      };
    }

    private String indicator(long id) {
      String own = indicatorPerson.get(id);
      Long goal = indicatorGoal.get(id);
      return own != null ? own : goal == null ? null : goal(goal);
    }

    private String goal(Long id) {
      int depth = 0;
      while (id != null && depth++ < 1000) {
        String own = goalPerson.get(id);
        if (own != null) {
          return own;
        }
        id = goalParent.get(id);
      }
      return null;
    }
  }
}
