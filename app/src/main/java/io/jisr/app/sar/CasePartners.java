package io.jisr.app.sar;

import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import java.util.List;
import java.util.Optional;

/** The partners' rescue centres a node's SAR cases can be shared with, as its federation knows them. */
public interface CasePartners {

    /** This node as a rescue centre. */
    RescueCentre self();

    /** The partners' centres, in configuration order. */
    List<RescueCentre> partners();

    /** Why the agreements would not send {@code sarCase} to {@code partner} now, empty when they would. */
    Optional<String> refusal(SarCase sarCase, RescueCentre partner);

    /** Offers {@code sarCase} as it stands to {@code partner}; the agreements decide. */
    void send(SarCase sarCase, RescueCentre partner);
}
