package se.styrkort.fulfilment;

/**
 * The target of one year with its reference resolved to a value.
 *
 * @param value the target level; null when the outcome it refers to is missing
 * @param referenceYear the year whose outcome gave the value; null for a literal target
 * @param referenceEvaluationId the evaluation that outcome came from; null for a literal target
 */
public record ResolvedTarget(
    int year,
    Comparator comparator,
    Value value,
    Integer referenceYear,
    Long referenceEvaluationId) {}
