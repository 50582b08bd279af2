package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.ZoneLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the node stores and serves for an agreement reads back to the same agreement. */
class AgreementJsonTest {
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);

    @Test
    void write_thenParse_givesTheSameAgreement(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agreement.yaml");
        Files.writeString(file, """
                id: dza-usa-maritime
                version: 3
                title: Maritime picture exchange
                reference: {memorandum: MoU DZA-USA 2026/01, implementingArrangement: IA-1}
                parties:
                  - nation: DZA
                    nodes: [{id: dza-1, fingerprint: "%s"}]
                  - nation: USA
                    nodes: [{id: usa-1, fingerprint: "%s"}]
                validity: {from: 2020-01-01, until: "2100-01-01T12:30:00Z"}
                status: suspended
                annexes:
                  - id: A1
                    category: vessel-positions
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}, everywhere]
                    subjects: {shipTypes: [70, 80], flags: [DZA], excludeReleasersGovernmentVessels: true}
                    delay: PT30M
                    precision: 0.01
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: I1
                    category: incident-reports
                    from: DZA
                    to: USA
                    areas: [everywhere]
                    subjects: {eventTypes: [piracy, smuggling], minimumGrading: B2}
                    marking: REL TO DZA, USA
                    retention: P365D
                """.formatted(A, B));
        Agreement agreement = AgreementFile.read(file, ZoneLookup.none());

        String json = AgreementJson.write(agreement).toString();
        Agreement back = AgreementFile.parse(AgreementJson.MAPPER.readTree(json), "stored");

        assertThat(back).isEqualTo(agreement);
        assertThat(AgreementJson.write(back).toString()).isEqualTo(json);
        assertThat(json).contains("\"status\":\"suspended\"", "\"precision\":\"0.01\"", "\"delay\":\"PT30M\"");
    }
}
