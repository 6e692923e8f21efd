package se.styrkort.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the access filter established it.
 *
 * @param identity what changes are recorded under: a token's user, or an API key's id and name
 * @param authenticated whether a credential was presented and accepted
 * @param roles the caller's roles; a signed-in user may have none
 * @param planLimit the plans an API key is limited to; empty when it is not limited
 * @param client whom the rate limit counts: the key, the token's user, or the address
 * @param persons who the caller is as responsibility names people, lower case: a token's user id,
 *     subject, preferred user name and e-mail; a key's person; none for anonymous callers
 */
record Caller(
    String identity,
    boolean authenticated,
    Set<Role> roles,
    Optional<Set<Long>> planLimit,
    String client,
    Set<String> persons) {

  static final String ANONYMOUS = "anonymous";

  static Caller anonymous(String address) {
    return new Caller(ANONYMOUS, false, Set.of(), Optional.empty(), "address:" + address, Set.of());
  }

  boolean satisfies(Role required) {
    return roles.stream().anyMatch(role -> role.satisfies(required));
  }

  boolean mayReach(long planId) {
    return planLimit.map(plans -> plans.contains(planId)).orElse(true);
  }
}
