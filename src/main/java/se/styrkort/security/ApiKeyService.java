package se.styrkort.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.styrkort.common.DomainException;
import se.styrkort.common.PageRequest;
import se.styrkort.organisation.OrganisationUnit;
import se.styrkort.plan.Plan;

/** Creating, listing and revoking API keys. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

  /** The last instant a MariaDB TIMESTAMP column holds; a later expiry would not be stored. */
  static final Instant LATEST_EXPIRY = Instant.parse("2038-01-19T03:14:07Z");

  @Inject CallerAccess caller;

  /** A key just made, with the secret that only this answer carries. */
  record Created(ApiKey key, String secret) {}

  public List<ApiKey> list(PageRequest page) {
    return ApiKey.<ApiKey>findAll(io.quarkus.panache.common.Sort.by("id"))
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  public ApiKey get(long id) {
    return ApiKey.<ApiKey>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("API key", id));
  }

  public Created create(ApiKeyRequest request) {
    Set<Long> plans = request.planIds() == null ? Set.of() : request.planIds();
    if (!plans.isEmpty() && Plan.count("id in ?1", plans) != plans.size()) {
      throw DomainException.invalid("planIds", "must name existing plans");
    }
    Set<Long> units =
        request.organisationUnitIds() == null ? Set.of() : request.organisationUnitIds();
    if (!units.isEmpty() && OrganisationUnit.count("id in ?1", units) != units.size()) {
      throw DomainException.invalid("organisationUnitIds", "must name existing organisation units");
    }
    if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
      throw DomainException.invalid("expiresAt", "must be in the future");
    }
    if (request.expiresAt() != null && request.expiresAt().isAfter(LATEST_EXPIRY)) {
      throw DomainException.invalid("expiresAt", "must be no later than " + LATEST_EXPIRY);
    }
    Created created =
        create(
            request.name().strip(), request.role(), plans, request.expiresAt(), caller.identity());
    String person = se.styrkort.goal.GoalService.person(request.person());
    if (!units.isEmpty() || person != null) {
      created.key().unitIds = new TreeSet<>(units);
      created.key().person = person;
      created.key().persistAndFlush();
    }
    return created;
  }

  /** Revokes a key for good; revoking it again changes nothing. */
  public ApiKey revoke(long id) {
    // Locked for the transaction: of several revocations at once (a client retrying), the first
    // revokes and the others wait, then find it revoked and answer the same, instead of losing an
    // optimistic-lock race.
    ApiKey key =
        ApiKey.<ApiKey>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> DomainException.notFound("API key", id));
    if (key.revokedAt == null) {
      // To the microsecond, as the database keeps it: the answer equals every later read.
      key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
    return key;
  }

  Created create(String name, Role role, Set<Long> plans, Instant expiresAt, String createdBy) {
    String secret = Secrets.generate();
    return new Created(persist(name, role, plans, expiresAt, secret, createdBy), secret);
  }

  private static ApiKey persist(
      String name, Role role, Set<Long> plans, Instant expiresAt, String secret, String createdBy) {
    ApiKey key = new ApiKey();
    key.name = name;
    key.role = role;
    key.planIds = new TreeSet<>(plans);
    key.expiresAt = expiresAt;
    key.secretHash = Secrets.hash(secret);
    key.createdBy = createdBy;
    key.persistAndFlush();
    return key;
  }

  /** Registers a key whose secret was made elsewhere (a Kubernetes Secret), in a transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  ApiKey register(String name, Role role, String secret, String createdBy) {
    return persist(name, role, Set.of(), null, secret, createdBy);
  }

  /** Whether {@code secret} is a usable admin key (for the local key file). */
  boolean isActiveAdmin(String secret) {
    return ApiKey.<ApiKey>find("secretHash", Secrets.hash(secret))
        .firstResultOptional()
        .filter(key -> key.role == Role.ADMIN && key.revokedAt == null)
        .filter(key -> key.expiresAt == null || key.expiresAt.isAfter(Instant.now()))
        .isPresent();
  }

  /** Whether anyone can administer the service with a key: an active admin key exists. */
  boolean anyActiveAdmin() {
    return ApiKey.<ApiKey>find("role = ?1 and revokedAt is null", Role.ADMIN).list().stream()
        .anyMatch(key -> key.expiresAt == null || key.expiresAt.isAfter(Instant.now()));
  }
}
