package io.jisr.ais.message;

/**
 * Which AIS channels a commanded station transmits and receives on (ITU-R M.1371-5 Annex 8, table 75
 * for message 22, 4 bits; table 76 for message 23, 2 bits). The code is the ordinal; codes from 3
 * are reserved.
 */
public enum TxRxMode implements Coded {
    /** 0: transmit on A and B, receive on A and B (the default). */
    TX_AB_RX_AB,
    /** 1: transmit on A only, receive on A and B. */
    TX_A_RX_AB,
    /** 2: transmit on B only, receive on A and B. */
    TX_B_RX_AB,
    RESERVED_3,
    RESERVED_4,
    RESERVED_5,
    RESERVED_6,
    RESERVED_7,
    RESERVED_8,
    RESERVED_9,
    RESERVED_10,
    RESERVED_11,
    RESERVED_12,
    RESERVED_13,
    RESERVED_14,
    RESERVED_15;

    private static final TxRxMode[] BY_CODE = values();

    /** Returns the mode with this code, 0 to 15. */
    public static TxRxMode ofCode(int code) {
        return BY_CODE[code & 0xF];
    }

    /** Returns the code. */
    @Override
    public int code() {
        return ordinal();
    }
}
