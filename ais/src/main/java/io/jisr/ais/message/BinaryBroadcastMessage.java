package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Binary broadcast message, message type 8 (ITU-R M.1371-5 Annex 8, message 8): application data
 * for every station in range, tagged with an application identifier (designated area code and
 * function identifier).
 *
 * <p>The application data is always kept as raw bits of their exact length, so encoding gives back
 * the bits received. Meteorological and hydrographic data (DAC 1, FI 31) is also readable as fields
 * through {@link #meteorologicalHydrographicData()}.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the sending station
 * @param designatedAreaCode DAC, 0 to 1023 (1 = international, otherwise usually a country's MID)
 * @param functionIdentifier FI, 0 to 63, the application within the DAC
 * @param data application data, at most {@value #MAX_DATA_BITS} bits
 */
public record BinaryBroadcastMessage(
        int repeatIndicator, Mmsi mmsi, int designatedAreaCode, int functionIdentifier, BitString data)
        implements AisMessage {

    /*
     * Implementation note: the decoded view of DAC 1 FI 31 is derived from the raw bits on demand
     * rather than stored, so that the record has one source of truth: encode writes the received
     * bits, spare and reserved values included, and two messages are equal exactly when their bits
     * are. A DAC 1 FI 31 payload of any length other than 360 bits is not that layout and has no
     * view. The shortest type 8 holds the 40-bit header and the 16-bit application identifier; the
     * longest is five slots, 1008 bits, and bits beyond it are ignored.
     */

    /** Payload length in bits without application data. */
    static final int BITS = 56;

    /** The most application data bits a type 8 message carries. */
    public static final int MAX_DATA_BITS = 1008 - BITS;

    /** Checks every field against its range in the standard. */
    public BinaryBroadcastMessage {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("designated area code", designatedAreaCode, 10);
        Kinematics.checkUnsigned("function identifier", functionIdentifier, 6);
        if (data.length() > MAX_DATA_BITS) {
            throw new IllegalArgumentException(
                    "type 8 application data must be at most " + MAX_DATA_BITS + " bits, was " + data.length());
        }
    }

    /** Returns a broadcast that carries meteorological and hydrographic data (DAC 1, FI 31). */
    public static BinaryBroadcastMessage of(
            int repeatIndicator, Mmsi mmsi, MeteorologicalHydrographicData observation) {
        return new BinaryBroadcastMessage(
                repeatIndicator,
                mmsi,
                MeteorologicalHydrographicData.DAC,
                MeteorologicalHydrographicData.FI,
                observation.toBits());
    }

    @Override
    public int messageType() {
        return 8;
    }

    /** Returns the meteorological and hydrographic data when this is a DAC 1 FI 31 message of the defined length. */
    public Optional<MeteorologicalHydrographicData> meteorologicalHydrographicData() {
        if (designatedAreaCode != MeteorologicalHydrographicData.DAC
                || functionIdentifier != MeteorologicalHydrographicData.FI) {
            return Optional.empty();
        }
        return MeteorologicalHydrographicData.parse(data);
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static BinaryBroadcastMessage decode(BitBuffer b) {
        return new BinaryBroadcastMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.unsigned(40, 10),
                b.unsigned(50, 6),
                b.slice(BITS, Math.min(b.length() - BITS, MAX_DATA_BITS)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(8, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        out.append(designatedAreaCode, 10);
        out.append(functionIdentifier, 6);
        out.append(data);
    }

    /** Reports {@code dac}, {@code fid}, {@code data} and, for DAC 1 FI 31, the observation's fields. */
    @Override
    public void describe(FieldSink sink) {
        sink.integer("dac", designatedAreaCode);
        sink.integer("fid", functionIdentifier);
        sink.bits("data", data);
        meteorologicalHydrographicData().ifPresent(m -> m.describe(sink));
    }
}
