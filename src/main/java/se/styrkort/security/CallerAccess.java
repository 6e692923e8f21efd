package se.styrkort.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the current request comes from and which plans it may read: what services record as
 * recordedBy / changedBy, and the filter every query across plans (feeds, exports) applies.
 */
@RequestScoped
public class CallerAccess {

  /** Work that no request started (start-up tasks) is recorded under this name. */
  static final String SYSTEM = "system";

  @Inject SecurityQueries queries;
  @Inject SecurityConfig config;
  @Inject BearerTokens tokens;

  private Caller caller;
  private Optional<Set<Long>> readable;
  private SecurityQueries.PlanRef plan;
  private Long queryPlanId;
  private OptionalLong queryPlanVersion = OptionalLong.empty();
  private OptionalLong feedPosition = OptionalLong.empty();

  void set(Caller caller) {
    this.caller = caller;
    this.readable = null;
    this.plan = null;
    this.queryPlanId = null;
    this.queryPlanVersion = OptionalLong.empty();
    this.feedPosition = OptionalLong.empty();
  }

  /** The versions read with the access check of this request (see {@link SecurityQueries#read}). */
  void versions(Long queryPlanId, OptionalLong queryPlanVersion, OptionalLong feedPosition) {
    this.queryPlanId = queryPlanId;
    this.queryPlanVersion = queryPlanId == null ? OptionalLong.empty() : queryPlanVersion;
    this.feedPosition = feedPosition;
  }

  /**
   * The content version of plan {@code planId} as the access check of this request read it, when
   * the request's query named that plan (planId); empty otherwise, and then the caller reads it
   * itself. 0 for a plan that has none, or is not there.
   */
  public OptionalLong queryPlanContentVersion(long planId) {
    return queryPlanId != null && queryPlanId == planId ? queryPlanVersion : OptionalLong.empty();
  }

  /**
   * The change feed's position (the version of every plan at once) as the access check of this
   * request read it; empty when it did not, and then the caller reads it itself.
   */
  public OptionalLong feedPosition() {
    return feedPosition;
  }

  /** The plan the request's path names, once access to it was granted. */
  void plan(SecurityQueries.PlanRef plan) {
    this.plan = plan;
  }

  /**
   * The content version of the plan that the request's path names (planId, goalId, …), as read with
   * the access check; empty when the path names no plan, or the plan has none.
   */
  public OptionalLong pathPlanContentVersion() {
    return plan == null || plan.contentVersion() < 0
        ? OptionalLong.empty()
        : OptionalLong.of(plan.contentVersion());
  }

  /** The id of the plan that the request's path names, once access to it was granted. */
  public OptionalLong pathPlanId() {
    return plan == null ? OptionalLong.empty() : OptionalLong.of(plan.id());
  }

  /**
   * Which callers see the same bytes of a document: anonymous callers (who see less) apart from
   * signed-in ones; across plans, a key limited to plans apart from every other.
   *
   * @param acrossPlans whether the document may hold more than the one plan the path names
   */
  public String visibility(boolean acrossPlans) {
    if (caller == null) {
      return SYSTEM;
    }
    if (!caller.authenticated()) {
      return "anonymous";
    }
    if (acrossPlans && caller.planLimit().isPresent()) {
      return "plans:"
          + caller.planLimit().get().stream()
              .sorted()
              .map(String::valueOf)
              .collect(Collectors.joining(","));
    }
    return "signed-in";
  }

  /**
   * Who the caller is as responsibility names people (lower case): a token's user id, subject,
   * preferred user name and e-mail, or the person an API key acts for; empty for anyone else.
   */
  public Set<String> persons() {
    return caller == null ? Set.of() : caller.persons();
  }

  /** Who is calling: a token's user name, "api-key 3 (Power BI)", or "anonymous". */
  public String identity() {
    return caller == null ? SYSTEM : caller.identity();
  }

  /**
   * Whether the caller may change {@code planId} as a side effect of a change it may make (adopting
   * a revision archives the plan it revises): false for a key limited to other plans.
   */
  public boolean mayChange(long planId) {
    return caller == null || caller.mayReach(planId);
  }

  /**
   * Whether the caller sees who recorded or changed things (recordedBy, changedBy): signed-in
   * callers and the service itself do, anonymous readers of public plans do not.
   */
  public boolean seesAuthorship() {
    return caller == null || caller.authenticated();
  }

  /**
   * Whether the caller holds {@code role} (admin holds every role; work of no request does too).
   */
  public boolean holds(Role role) {
    return caller == null || caller.satisfies(role);
  }

  /** The same as {@link #holds}: what a response offers the caller (allowedTransitions). */
  public boolean may(Role role) {
    return holds(role);
  }

  /**
   * Whether the request came without a credential. Such a request gets past the access filter only
   * for a public read of a public, adopted plan (or a listing of those), so its answer is the same
   * for every anonymous caller and a shared cache may keep it.
   */
  public boolean anonymous() {
    return caller != null && !caller.authenticated();
  }

  /**
   * The plans the caller may read: empty means every plan. A key limited to plans gets those; an
   * anonymous caller gets the public, adopted plans (none when anonymous reading is switched off).
   */
  public Optional<Set<Long>> readablePlanIds() {
    if (readable == null) {
      readable =
          caller == null
              ? Optional.empty()
              : caller.authenticated() ? caller.planLimit() : Optional.of(queries.publicPlanIds());
    }
    return readable;
  }

  /**
   * For a read across plans (the OData feed): a caller who sent no credential and would be answered
   * from no plan at all, because nothing is public or because the plan it names (null: none) is not
   * public, is asked for a credential (401 with WWW-Authenticate) instead of being given empty
   * tables that look like a result. The answer depends only on the public plans, never on whether a
   * plan that is not public exists, so it reveals nothing an anonymous reader may not know.
   */
  public void challengeAnonymousSeeingNothing(Long namedPlanId) {
    if (!anonymous()) {
      return;
    }
    Set<Long> readable = readablePlanIds().orElseThrow();
    if (readable.isEmpty() || (namedPlanId != null && !readable.contains(namedPlanId))) {
      throw new se.styrkort.common.DomainException(
              se.styrkort.common.ProblemCode.UNAUTHORIZED,
              readable.isEmpty()
                  ? "Sign in or send an API key: no plan is public here."
                  : "Sign in or send an API key: plan "
                      + namedPlanId
                      + " is not among the public plans.")
          .challenging(AccessFilter.challenges(tokens, config));
    }
  }
}
