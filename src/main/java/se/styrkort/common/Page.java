package se.styrkort.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a collection. The link to the next page is in the body, not a Link header, because
 * Power BI cannot read response headers.
 */
public record Page<T>(
    @Schema(description = "The items of this page, in the collection's order.", required = true)
        List<T> items,
    @Schema(
            description = "Absolute URL of the next page, or null on the last page.",
            nullable = true,
            required = true,
            example = "http://localhost:8080/api/v1/plans?limit=50&cursor=bzo1MA")
        String next) {}
