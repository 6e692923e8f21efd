package se.styrkort.fulfilment;

/** One thing wrong with one field of an input, in words a client can show beside the field. */
public record FieldProblem(String field, String message) {}
