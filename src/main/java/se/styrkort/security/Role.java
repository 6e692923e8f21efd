package se.styrkort.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do. Every role may read; {@link #ADMIN} may do everything, credentials
 * included. The other roles do not include each other: a reporter records values, an approver
 * approves them, a planner shapes the plan.
 */
public enum Role {
  /** Reads every plan, drafts included. */
  VIEWER,
  /** Records and submits follow-up values. */
  REPORTER,
  /** Edits the structure and targets of draft plans; adopts, archives and revises them. */
  PLANNER,
  /** Approves and reopens follow-up values. */
  APPROVER,
  /** Everything, and the API keys. */
  ADMIN;

  /** Whether a caller with this role may call an operation that requires {@code required}. */
  public boolean satisfies(Role required) {
    return this == required || this == ADMIN || required == VIEWER;
  }

  /** The role named in a token's roles claim or a request ("planner", "PLANNER"). */
  public static Optional<Role> named(String name) {
    for (Role role : values()) {
      if (role.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** As docs/access.md and the contract write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
