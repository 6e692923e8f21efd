package se.styrkort.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new key with its secret: the only time the secret is ever shown. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKeyView(
    @Schema(
            example = "sk_3q2-7wEXAMPLEb1Yt0Tf8lA9cVn4mKx6Hs2JgPqRzUoLdNe",
            description =
                "The secret, shown only now: send it as Authorization: ApiKey <secret>, X-API-Key"
                    + " or the api_key query parameter.")
        String secret,
    ApiKeyView key) {}
