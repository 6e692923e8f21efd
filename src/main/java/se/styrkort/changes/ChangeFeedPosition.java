package se.styrkort.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feed's current end: where a client starts following after a full load. */
@Schema(name = "ChangeFeedPosition")
public record ChangeFeedPosition(
    @Schema(
            required = true,
            example = "czo0Mg",
            description = "A cursor after the latest change committed so far.")
        String cursor,
    @Schema(
            required = true,
            example = "http://localhost:8080/api/v1/changes?cursor=czo0Mg",
            description = "The feed from that cursor on.")
        String next) {}
