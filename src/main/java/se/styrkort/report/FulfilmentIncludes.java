package se.styrkort.report;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a fulfilment request asked to have included beyond the judgement: {@code include=actions}
 * adds each node's actions counted per status. Asked for, not always sent, because they cost a
 * statement of their own, and a plan-wide read stays within six.
 */
@ApplicationScoped
public class FulfilmentIncludes {

  public static final String PARAMETER = "include";

  public static final String DESCRIPTION =
      "actions: each plan, focus area and goal node also counts its actions and assignments per"
          + " status in the year (node.actions); without it node.actions is null.";

  @Inject HttpServerRequest request;

  /** Whether this request asked for the action counts; false outside a request. */
  boolean actions() {
    if (!Arc.container().requestContext().isActive()) {
      return false;
    }
    return request.params().getAll(PARAMETER).stream()
        .flatMap(value -> java.util.Arrays.stream(value.split(",")))
        .anyMatch(value -> value.strip().equals("actions"));
  }
}
