package io.jisr.app.federation;

import io.jisr.exchange.Partner;
import java.util.Optional;

/**
 * The state of the link from one partner, for the operators.
 *
 * @param partner the partner node
 * @param connected whether its last pull succeeded
 * @param cursor the last sequence applied from its log
 * @param lagRecords how far the cursor is behind the partner's log head, as the partner last said
 * @param lagSeconds how long the link has been behind (0 when up to date)
 * @param applied records applied since start
 * @param batches batches applied since start
 * @param failures failed pulls since start
 * @param recordsPerSecond records applied per second over the last window of 10 s or more
 * @param lastError the last failure, empty once a batch is applied again
 */
public record LinkStatus(
        Partner partner,
        boolean connected,
        long cursor,
        long lagRecords,
        long lagSeconds,
        long applied,
        long batches,
        long failures,
        double recordsPerSecond,
        Optional<String> lastError) {}
