package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The link status says why a partner refuses: its error's code and message, bounded; anything else cut short. */
class PartnerRefusalTextTest {
    @Test
    void theEndpointsError_givesItsCodeAndWholeMessage() {
        assertThat(PartnerPuller.refusal("{\"code\":\"link-closed\",\"message\":\"AGREEMENT_SUSPENDED: agreement"
                        + " dza-usa-maritime v3 is suspended\"}"))
                .isEqualTo("link-closed: AGREEMENT_SUSPENDED: agreement dza-usa-maritime v3 is suspended");
    }

    @Test
    void aLongMessage_isCutAt300Characters() {
        String refusal = PartnerPuller.refusal("{\"code\":\"x\",\"message\":\"" + "m".repeat(5_000) + "\"}");

        assertThat(refusal).hasSize("x: ".length() + 300 + 1).endsWith("m…");
    }

    @Test
    void anythingElse_isItsFirst40Characters() {
        assertThat(PartnerPuller.refusal("<html>" + "x".repeat(100)))
                .hasSize(41)
                .startsWith("<html>");
        assertThat(PartnerPuller.refusal("{\"code\":1,\"message\":[]}")).isEqualTo("{\"code\":1,\"message\":[]}");
        assertThat(PartnerPuller.refusal("")).isEmpty();
        assertThat(PartnerPuller.refusal("{\"code\":\"x\"")).isEqualTo("{\"code\":\"x\"");
    }
}
