package io.jisr.incident.workflow;

import io.jisr.incident.CountryCode;
import io.jisr.incident.Incident;
import io.jisr.incident.Text;
import java.time.Instant;

/**
 * Where a report received from a partner's node came from: the nation and node that made it, its id and
 * version there, the marking it was released under (the sharing annex's) and when its latest version
 * was received here. A report with a source is the partner's: it is read-only on this node.
 *
 * @param nation the nation whose node made and published the report
 * @param node the node that made it
 * @param originId the report's id on that node
 * @param originVersion the number on that node of the latest version received (its numbers may skip
 *     versions that were never published there, so they differ from the local version numbers)
 * @param marking the releasability marking it travels under ({@code REL TO DZA, USA})
 * @param receivedAt when the latest version was received
 */
public record PartnerSource(
        CountryCode nation, String node, String originId, int originVersion, String marking, Instant receivedAt) {

    /** Checks the fields. */
    public PartnerSource {
        if (nation == null || receivedAt == null) {
            throw new IllegalArgumentException("a partner source needs the nation and the time of receipt");
        }
        node = Text.requireShort("partner node", node);
        Incident.requireValidId(originId);
        if (originVersion < 1) {
            throw new IllegalArgumentException("the partner's version must be 1 or more, was " + originVersion);
        }
        marking = Text.requireShort("marking", marking);
    }

    /** Who the history names for what the partner did: {@code DZA dza-1}. */
    public String by() {
        return nation.alpha3() + " " + node;
    }
}
