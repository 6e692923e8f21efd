package se.styrkort.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who the current request comes from and which plans it may read: what services record as
 * recordedBy / changedBy, and the filter every query across plans (feeds, exports) applies.
 */
@RequestScoped
public class CallerAccess {

  /** Work that no request started (start-up tasks) is recorded under this name. */
  static final String SYSTEM = "system";

  @Inject SecurityQueries queries;

  private Caller caller;
  private Optional<Set<Long>> readable;

  void set(Caller caller) {
    this.caller = caller;
    this.readable = null;
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
}
