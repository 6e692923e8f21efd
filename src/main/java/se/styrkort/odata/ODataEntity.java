package se.styrkort.odata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one entity's answer, for the contract (the feed writes it as a map). */
@Schema(
    name = "ODataEntity",
    description =
        "One entity (odata.metadata=minimal): @odata.context and the properties of its type in"
            + " $metadata, or those named by $select.",
    additionalProperties = Schema.True.class)
record ODataEntity(
    @Schema(
            name = "@odata.context",
            required = true,
            example = "http://localhost:8080/odata/v1/$metadata#Plans/$entity")
        String context) {}
