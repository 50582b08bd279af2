package io.jisr.ais.message;

/**
 * The 16-bit application identifier that opens structured binary data (ITU-R M.1371-5 Annex 5, §2.1):
 * who defined the application and which of its messages this is.
 *
 * @param dac designated area code, 0 to 1023: 1 for international applications, a country's MID for
 *     regional ones, 0 for tests
 * @param fi function identifier within the area code, 0 to 63
 */
public record ApplicationId(int dac, int fi) {

    /** Checks that both parts fit their fields. */
    public ApplicationId {
        Kinematics.checkUnsigned("designated area code", dac, 10);
        Kinematics.checkUnsigned("function identifier", fi, 6);
    }

    /** Reads the 16-bit identifier at {@code start}. */
    static ApplicationId read(BitBuffer b, int start) {
        return new ApplicationId(b.unsigned(start, 10), b.unsigned(start + 10, 6));
    }

    /** Appends the 16-bit identifier. */
    void write(BitBuffer out) {
        out.append(dac, 10);
        out.append(fi, 6);
    }
}
