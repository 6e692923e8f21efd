package se.styrkort.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to the entity. */
@Schema(name = "DefinitionChange")
public enum Change {
  CREATED,
  UPDATED,
  DELETED
}
