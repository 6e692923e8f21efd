package se.styrkort.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the change feed. Unlike the collections, {@code next} is never null: the end of the
 * feed today is where tomorrow's changes begin, so a client keeps the link and polls it.
 */
@Schema(name = "ChangePage")
public record ChangePage(
    @Schema(description = "The changes after the cursor, in commit order.", required = true)
        List<ChangeView> items,
    @Schema(
            description =
                "Absolute URL that continues right after this page; poll it later when hasMore is"
                    + " false.",
            required = true,
            example = "http://localhost:8080/api/v1/changes?limit=100&cursor=czo0Mg")
        String next,
    @Schema(
            description =
                "True when more changes are waiting now; false when this page reached the end.",
            required = true,
            example = "false")
        boolean hasMore) {}
