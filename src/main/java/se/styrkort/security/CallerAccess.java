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
}
