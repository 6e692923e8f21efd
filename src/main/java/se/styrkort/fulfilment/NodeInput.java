package se.styrkort.fulfilment;

import java.util.List;
import java.util.Objects;

/**
 * A node of the goal tree: a plan, focus area, goal or indicator. Its direct children are its child
 * nodes and its measurement points (an indicator has only points; the others only nodes).
 */
public record NodeInput(NodeKind kind, long id, List<NodeInput> children, List<PointInput> points) {

  public NodeInput {
    Objects.requireNonNull(kind, "kind");
    children = children == null ? List.of() : List.copyOf(children);
    points = points == null ? List.of() : List.copyOf(points);
  }

  public static NodeInput indicator(long id, List<PointInput> points) {
    return new NodeInput(NodeKind.INDICATOR, id, List.of(), points);
  }

  public static NodeInput of(NodeKind kind, long id, List<NodeInput> children) {
    return new NodeInput(kind, id, children, List.of());
  }
}
