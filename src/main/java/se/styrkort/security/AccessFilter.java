package se.styrkort.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;
import se.styrkort.common.ProblemMapper;
import se.styrkort.security.SecurityQueries.PlanRef;
import se.styrkort.security.SecurityQueries.StoredKey;

/**
 * Decides every request against {@link AccessPolicy}: who is calling (API key, bearer token or
 * nobody), whether the operation's role and the plan it touches allow it, and whether the client is
 * within its rate limit. Anonymous callers who may not get 401, callers who may not 403, and a key
 * limited to other plans 404, so it learns nothing about plans it cannot reach.
 */
public class AccessFilter {

  static final String API_KEY_HEADER = "X-API-Key";
  static final String API_KEY_QUERY = "api_key";

  private static final Logger LOG = Logger.getLogger(AccessFilter.class);

  @Inject CallerAccess access;
  @Inject SecurityQueries queries;
  @Inject SecurityConfig config;
  @Inject RateLimiter limiter;
  @Inject BearerTokens tokens;

  private final Map<Method, Optional<AccessRule>> rules = new ConcurrentHashMap<>();

  /** A refusal, as the filter answers it. */
  private static final class Refusal extends RuntimeException {
    final ProblemCode code;

    Refusal(ProblemCode code, String detail) {
      super(detail, null, false, false);
      this.code = code;
    }
  }

  @ServerRequestFilter
  public Optional<Response> decide(
      ContainerRequestContext request, ResourceInfo resource, UriInfo uri, HttpServerRequest http) {
    try {
      Asked asked = asked(request, resource, uri);
      Caller caller = authenticate(request, uri, http, asked);
      access.set(caller);
      access.versions(
          asked.queryPlanId(), asked.read().queryPlanVersion(), asked.read().feedPosition());
      AccessRule rule =
          rules
              .computeIfAbsent(resource.getResourceMethod(), AccessFilter::ruleOf)
              .orElseThrow(
                  () -> new Refusal(ProblemCode.FORBIDDEN, "This operation has no access rule."));
      authorise(caller, rule, uri, asked);
      OptionalLong wait =
          !caller.authenticated()
              ? limiter.takeAnonymous(caller.client())
              : rule.costly() ? limiter.take(caller.client()) : OptionalLong.empty();
      if (wait.isPresent()) {
        return Optional.of(
            ProblemMapper.builder(
                    ProblemCode.TOO_MANY_REQUESTS,
                    (caller.authenticated()
                            ? "Too many changes and expensive reads from this client"
                            : "Too many requests from this address")
                        + "; try again in "
                        + wait.getAsLong()
                        + " s.",
                    List.of(),
                    uri)
                .header("Retry-After", Long.toString(wait.getAsLong()))
                .build()
                .toResponse());
      }
      return Optional.empty();
    } catch (SecurityQueries.Unavailable e) {
      LOG.warnf("Database unavailable at %s: %s", uri.getPath(), e.getCause().getMessage());
      return Optional.of(
          ProblemMapper.builder(
                  ProblemCode.DATABASE_UNAVAILABLE,
                  "The database cannot be reached right now. Try again shortly.",
                  List.of(),
                  uri)
              .header("Retry-After", "5")
              .build()
              .toResponse());
    } catch (Refusal refusal) {
      var response = ProblemMapper.builder(refusal.code, refusal.getMessage(), List.of(), uri);
      if (refusal.code == ProblemCode.UNAUTHORIZED) {
        for (String challenge : challenges()) {
          response.header("WWW-Authenticate", challenge);
        }
      }
      return Optional.of(response.build().toResponse());
    }
  }

  /**
   * What the request names that its access read must find: the plan of the path (the first of
   * {@link SecurityQueries#PLAN_PARAMETERS} it has), the plan of the query, and whether the
   * versions of plan-wide documents are wanted. {@code read} is filled in by {@link #read}.
   */
  private static final class Asked {
    final String named;
    final String namedValue;
    final Optional<Long> id;
    final Long queryPlanId;
    final boolean planWide;
    SecurityQueries.Read read =
        new SecurityQueries.Read(
            Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    Asked(String named, String namedValue, Long queryPlanId, boolean planWide) {
      this.named = named;
      this.namedValue = namedValue;
      this.id = namedValue == null ? Optional.empty() : parseId(namedValue);
      this.queryPlanId = queryPlanId;
      this.planWide = planWide;
    }

    boolean scoped() {
      return named != null;
    }

    Long queryPlanId() {
      return queryPlanId;
    }

    SecurityQueries.Read read() {
      return read;
    }
  }

  private static Asked asked(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
    String named = null;
    String value = null;
    for (String parameter : SecurityQueries.PLAN_PARAMETERS) {
      value = uri.getPathParameters().getFirst(parameter);
      if (value != null) {
        named = parameter;
        break;
      }
    }
    Method method = resource.getResourceMethod();
    boolean planWide =
        "GET".equals(request.getMethod())
            && method != null
            && method.isAnnotationPresent(se.styrkort.cache.PlanWide.class);
    Long queryPlanId = null;
    if (planWide && named == null) {
      String planId = uri.getQueryParameters().getFirst("planId");
      queryPlanId = planId == null ? null : parseId(planId).orElse(null);
    }
    return new Asked(named, value, queryPlanId, planWide);
  }

  /**
   * Reads, in one statement, the key (null: none sent) with what {@code asked} names; without a key
   * and with nothing named, reads nothing.
   */
  private SecurityQueries.Read read(String hash, Asked asked) {
    if (hash != null || asked.id.isPresent() || asked.planWide) {
      asked.read =
          queries.read(
              hash,
              asked.id.isPresent() ? asked.named : null,
              asked.id.orElse(0L),
              asked.queryPlanId);
    }
    return asked.read;
  }

  private Caller authenticate(
      ContainerRequestContext request, UriInfo uri, HttpServerRequest http, Asked asked) {
    String authorization = request.getHeaderString("Authorization");
    if (authorization != null && !authorization.isBlank()) {
      String[] parts = authorization.strip().split("\\s+", 2);
      String scheme = parts[0];
      String credential = parts.length > 1 ? parts[1].strip() : "";
      if (scheme.equalsIgnoreCase("ApiKey")) {
        return byKey(credential, asked);
      }
      if (scheme.equalsIgnoreCase("Bearer")) {
        Caller caller = byToken(credential);
        read(null, asked);
        return caller;
      }
      throw unauthorised("Send Authorization: Bearer <token> or Authorization: ApiKey <secret>.");
    }
    String header = request.getHeaderString(API_KEY_HEADER);
    if (header != null) {
      return byKey(header.strip(), asked);
    }
    List<String> query = uri.getQueryParameters().get(API_KEY_QUERY);
    if (query != null && !query.isEmpty()) {
      return byKey(query.get(0).strip(), asked);
    }
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    read(null, asked);
    return Caller.anonymous(address);
  }

  private Caller byKey(String secret, Asked asked) {
    if (!secret.startsWith(Secrets.PREFIX)) {
      throw unauthorised("That is not an API key of this service.");
    }
    String hash = Secrets.hash(secret);
    // The key with the plan its request names, in one statement: read afresh on every request,
    // so that a key revoked a moment ago, on any replica, is refused at once.
    StoredKey key =
        read(hash, asked)
            .key()
            .filter(found -> Secrets.sameHash(found.secretHash(), hash))
            .orElseThrow(() -> unauthorised("The API key is not known."));
    Instant now = Instant.now();
    if (key.revokedAt() != null) {
      throw unauthorised("The API key was revoked.");
    }
    if (key.expiresAt() != null && !key.expiresAt().isAfter(now)) {
      throw unauthorised("The API key has expired.");
    }
    queries.touch(key, now);
    return new Caller(
        "api-key " + key.id() + " (" + key.name() + ")",
        true,
        Set.of(key.role()),
        key.limited() ? Optional.of(key.planIds()) : Optional.empty(),
        "api-key:" + key.id(),
        key.person() == null ? Set.of() : Set.of(key.person().toLowerCase(java.util.Locale.ROOT)));
  }

  private Caller byToken(String token) {
    if (!tokens.configured()) {
      throw unauthorised("This service takes no bearer tokens here; use an API key.");
    }
    if (token.isEmpty()) {
      throw unauthorised("Sign in: the bearer token is missing.");
    }
    SecurityIdentity identity =
        tokens.verify().orElseThrow(() -> unauthorised("The bearer token is not valid."));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : identity.getRoles()) {
      Role.named(name).ifPresent(roles::add);
    }
    String user = identity.getPrincipal().getName();
    return new Caller(
        user, true, Set.copyOf(roles), unitLimit(identity), "token:" + user, persons(identity));
  }

  /** The plans of the units a token's unit claim names; empty when it names none. */
  private Optional<Set<Long>> unitLimit(SecurityIdentity identity) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Optional.empty();
    }
    Object claim = token.getClaim(config.unitClaim());
    if (claim == null) {
      return Optional.empty();
    }
    Set<String> codes = new java.util.TreeSet<>();
    if (claim instanceof Iterable<?> values) {
      values.forEach(value -> codes.add(unquoted(value)));
    } else {
      for (String code : unquoted(claim).split("[,\\s]+")) {
        if (!code.isBlank()) {
          codes.add(code);
        }
      }
    }
    return Optional.of(queries.plansOfUnits(codes));
  }

  /** Who the token's user is as responsibility names people: user id, subject, name, e-mail. */
  private static Set<String> persons(SecurityIdentity identity) {
    Set<String> persons = new java.util.TreeSet<>();
    persons.add(identity.getPrincipal().getName());
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      for (String claim : List.of("sub", "preferred_username", "upn", "email")) {
        Object value = token.getClaim(claim);
        if (value != null) {
          persons.add(unquoted(value));
        }
      }
    }
    return persons.stream()
        .filter(person -> !person.isBlank())
        .map(person -> person.strip().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** A claim value as text: a JSON string is read without its quotes. */
  private static String unquoted(Object value) {
    return value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
  }

  private void authorise(Caller caller, AccessRule rule, UriInfo uri, Asked asked) {
    Optional<PlanRef> plan = asked.read.plan();
    boolean scoped = asked.scoped();
    String named = asked.named;
    if (!caller.authenticated()) {
      if (!(rule.publicRead() && config.anonymousRead())) {
        throw unauthorised("Sign in or send an API key: this is not public.");
      }
      // A public read of something that is not public, or not there at all: the same 404 for
      // both, so an anonymous caller learns nothing about drafts and unpublished plans.
      if (scoped && !plan.map(PlanRef::readableByAnyone).orElse(false)) {
        throw new Refusal(
            ProblemCode.NOT_FOUND,
            "There is nothing public at "
                + uri.getPath()
                + ". Sign in or send an API key to read plans that are not public.");
      }
      plan.ifPresent(access::plan);
      return;
    }
    // A caller limited to some plans is told the same of another plan's id and of an id that does
    // not exist, here, before a body is read: else a missing id would be judged on its body (400)
    // where another plan's is not (404), and the difference would say which ids exist.
    boolean outside =
        plan.isPresent()
            ? !caller.mayReach(plan.get().id())
            : scoped && caller.planLimit().isPresent();
    if (outside) {
      // Word for word what the service says of an id that does not exist.
      throw new Refusal(
          ProblemCode.NOT_FOUND, DomainException.notFoundAt(named, asked.namedValue).getMessage());
    }
    if (caller.planLimit().isPresent()
        && AccessPolicy.CREATING_PLANS.contains(rule.operationId())) {
      throw new Refusal(
          ProblemCode.FORBIDDEN,
          "A key limited to some plans cannot create plans (a revision is a new plan too).");
    }
    if (!scoped
        && caller.planLimit().isPresent()
        && !rule.publicRead()
        && !AccessPolicy.ACROSS_PLANS.contains(rule.operationId())) {
      throw new Refusal(
          ProblemCode.FORBIDDEN, "A key limited to some plans may only work inside them.");
    }
    if (!caller.satisfies(rule.role())) {
      throw new Refusal(
          ProblemCode.FORBIDDEN,
          "This takes the role "
              + rule.role().label()
              + (rule.role() == Role.ADMIN ? "." : " (or admin)."));
    }
    plan.ifPresent(access::plan);
  }

  private List<String> challenges() {
    return challenges(tokens, config);
  }

  /** What a 401 asks for: an API key, and a bearer token where sign-in is configured. */
  static List<String> challenges(BearerTokens tokens, SecurityConfig config) {
    if (!tokens.configured()) {
      return List.of("ApiKey realm=\"styrkort\"");
    }
    return tokens
        .authority(config)
        .map(
            authority ->
                List.of("Bearer authorization_uri=" + authority, "ApiKey realm=\"styrkort\""))
        .orElse(List.of("Bearer realm=\"styrkort\"", "ApiKey realm=\"styrkort\""));
  }

  private static Optional<AccessRule> ruleOf(Method method) {
    Operation operation = method.getAnnotation(Operation.class);
    Optional<AccessRule> rule =
        operation != null && operation.hidden()
            ? AccessPolicy.ofHidden(method.getDeclaringClass().getSimpleName(), method.getName())
            : AccessPolicy.of(operation == null ? null : operation.operationId());
    if (rule.isEmpty()) {
      LOG.warnf(
          "%s.%s has no access rule: refused to everyone.",
          method.getDeclaringClass().getSimpleName(), method.getName());
    }
    return rule;
  }

  private static Optional<Long> parseId(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Refusal unauthorised(String detail) {
    return new Refusal(ProblemCode.UNAUTHORIZED, detail);
  }
}
