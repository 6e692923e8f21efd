package se.styrkort.security;

/**
 * Who may call one operation of the contract.
 *
 * @param operationId the contract's operationId, which is how a request finds its rule
 * @param method the HTTP method, checked against the contract by the tests
 * @param path the path template, checked against the contract by the tests
 * @param role the role it takes; every role satisfies {@link Role#VIEWER}
 * @param publicRead whether anonymous callers may call it for a public, adopted plan
 * @param costly whether it counts against the per-client rate limit (every write does)
 */
public record AccessRule(
    String operationId, String method, String path, Role role, boolean publicRead, boolean costly) {

  /** A read that anonymous callers may make on public, adopted plans. */
  static AccessRule publicRead(String operationId, String route) {
    return of(operationId, route, Role.VIEWER, true, false);
  }

  /** A read that needs a signed-in viewer (or better) even on a public plan. */
  static AccessRule read(String operationId, String route) {
    return of(operationId, route, Role.VIEWER, false, false);
  }

  /** A change that needs {@code role}; always rate limited. */
  static AccessRule write(String operationId, String route, Role role) {
    return of(operationId, route, role, false, true);
  }

  /** The same rule with another role (a read only an admin may make). */
  AccessRule role(Role required) {
    return new AccessRule(operationId, method, path, required, publicRead, costly);
  }

  /** The same rule, counted against the rate limit (an expensive read). */
  AccessRule expensive() {
    return new AccessRule(operationId, method, path, role, publicRead, true);
  }

  private static AccessRule of(
      String operationId, String route, Role role, boolean publicRead, boolean costly) {
    int space = route.indexOf(' ');
    return new AccessRule(
        operationId,
        route.substring(0, space),
        route.substring(space + 1),
        role,
        publicRead,
        costly);
  }
}
