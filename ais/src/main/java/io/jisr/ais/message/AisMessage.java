package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/**
 * One decoded AIS message (ITU-R M.1371-5 message types 1 to 27). Each record is immutable and
 * models "not available" explicitly, so no sentinel value (181°, 91°, 511, 1023, ...) reaches a
 * caller.
 *
 * <p>Consumers switch over the permitted records exhaustively, without a {@code default}, so that a
 * new message record breaks the build exactly where it must be handled.
 */
public sealed interface AisMessage
        permits PositionReportClassA,
                BaseStationReport,
                StaticAndVoyageData,
                AddressedBinaryMessage,
                Acknowledgement,
                BinaryBroadcastMessage,
                SarAircraftPositionReport,
                UtcDateInquiry,
                AddressedSafetyMessage,
                SafetyBroadcastMessage,
                Interrogation,
                AssignedModeCommand,
                GnssBroadcastBinaryMessage,
                ClassBPositionReport,
                ExtendedClassBPositionReport,
                DataLinkManagement,
                AidToNavigationReport,
                ChannelManagement,
                GroupAssignmentCommand,
                StaticDataReport,
                SingleSlotBinaryMessage,
                MultipleSlotBinaryMessage,
                LongRangePositionReport {

    /** Returns the message type number, 1 to 27. */
    int messageType();

    /** Returns how many times the message has been repeated by repeaters, 0 to 3. */
    int repeatIndicator();

    /** Returns the identity of the station that sent the message. */
    Mmsi mmsi();

    /** Appends the message's payload bits, the exact inverse of decoding it. */
    void encode(BitBuffer out);

    /**
     * Reports the message's own fields (everything after type, repeat indicator and MMSI) in a fixed
     * order, by the names documented in {@code docs/ais.md}.
     */
    void describe(FieldSink sink);
}
