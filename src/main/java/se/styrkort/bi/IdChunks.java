package se.styrkort.bi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Streams a table ordered by id (follow-up values, actions) chunk by chunk, each chunk read in its
 * own short transaction after the last id of the one before, so an export of any size holds one
 * chunk in memory and no transaction open for minutes.
 */
final class IdChunks {

  static final int CHUNK = 5_000;

  private IdChunks() {}

  /** The rows after an id, at most {@code count} of them. */
  interface Reader<R> {
    List<R> rows(BiFilter filter, long afterId, int count);
  }

  /** Hands every row to {@code sink} chunk by chunk; stops early when it answers false. */
  static <R> void stream(
      BiFilter filter, Reader<R> reader, ToLongFunction<R> id, Predicate<List<R>> sink) {
    long after = 0;
    while (true) {
      long start = after;
      List<R> chunk =
          QuarkusTransaction.requiringNew().call(() -> reader.rows(filter, start, CHUNK));
      if (chunk.isEmpty() || !sink.test(chunk) || chunk.size() < CHUNK) {
        return;
      }
      after = id.applyAsLong(chunk.get(chunk.size() - 1));
    }
  }
}
