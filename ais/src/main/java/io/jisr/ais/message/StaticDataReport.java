package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Static data report, message type 24 (ITU-R M.1371-5 Annex 8, tables 78 and 79): a Class B station's
 * name (part A) or its other static data (part B), sent as two separate messages.
 *
 * <p>The part number field (bits 38-39) selects the record. Part numbers 2 and 3 are not defined by
 * the standard and are rejected by {@link MessageCodec#check(BitBuffer)}.
 */
public sealed interface StaticDataReport extends AisMessage permits StaticDataReport.PartA, StaticDataReport.PartB {
    /*
     * Implementation note: gpsd merges A and B of one MMSI into one report and drops a B without an A;
     * here each part is its own message, as on the air, and pairing them is left to the track layer.
     * Real part 3 payloads exist (67 of them, 174 bits, from Finnish Class B units in gpsd's
     * ais-18-27.log); no edition of M.1371 defines them, so they are rejected like an unknown type
     * rather than guessed at. gpsd 3.22 ignores them silently.
     */

    /** Payload length in bits of the shorter part, A; part B needs {@link PartB#BITS}. */
    int BITS = PartA.BITS;

    @Override
    default int messageType() {
        return 24;
    }

    /** Returns the part number transmitted: 0 for part A, 1 for part B. */
    int partNumber();

    /**
     * Decodes a payload that {@link MessageCodec#check(BitBuffer)} accepted: part 0 or 1, long enough
     * for its part.
     */
    static StaticDataReport decode(BitBuffer b) {
        return b.unsigned(38, 2) == 0 ? PartA.decode(b) : PartB.decode(b);
    }

    /**
     * Part A: the name.
     *
     * @param repeatIndicator 0 to 3
     * @param mmsi the reporting station
     * @param shipname name of the vessel, if sent
     */
    record PartA(int repeatIndicator, Mmsi mmsi, Optional<String> shipname) implements StaticDataReport {
        /*
         * Implementation note: many transponders send part A as 168 bits (a whole slot, the last 8
         * bits zero); table 78 defines 160, which encode writes.
         */

        /** Payload length in bits of part A. */
        static final int BITS = 160;

        /** Checks the repeat indicator and the name. */
        public PartA {
            Kinematics.checkRepeat(repeatIndicator);
            CanonicalText.check("ship name", shipname, 20);
        }

        @Override
        public int partNumber() {
            return 0;
        }

        static PartA decode(BitBuffer b) {
            return new PartA(b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), Texts.optional(b.text(40, 20)));
        }

        @Override
        public void encode(BitBuffer out) {
            out.append(24, 6);
            out.append(repeatIndicator, 2);
            out.append(mmsi.value(), 30);
            out.append(0, 2);
            out.appendText(shipname.orElse(""), 20);
        }

        @Override
        public void describe(FieldSink sink) {
            sink.integer("partno", 0);
            sink.text("shipname", shipname);
        }
    }

    /**
     * Part B: ship type, equipment vendor, call sign, and either the dimensions or, for an auxiliary
     * craft, the MMSI of its mother ship.
     *
     * @param repeatIndicator 0 to 3
     * @param mmsi the reporting station
     * @param shipType type of ship and cargo, if sent
     * @param vendorId the transponder's vendor, model and serial number, if sent
     * @param callSign call sign, if sent
     * @param dimensions dimensions and reference point; empty exactly when {@code mmsi} is an auxiliary
     *     craft's (98XXXXXXX), whose report carries the mother ship's MMSI in these bits instead
     * @param mothershipMmsi the mother ship of an auxiliary craft, if sent; always empty for other
     *     stations
     * @param epfd type of position fixing device
     */
    record PartB(
            int repeatIndicator,
            Mmsi mmsi,
            Optional<ShipType> shipType,
            Optional<VendorId> vendorId,
            Optional<String> callSign,
            Optional<Dimensions> dimensions,
            Optional<Mmsi> mothershipMmsi,
            EpfdType epfd)
            implements StaticDataReport {
        /*
         * Implementation note: the 42-bit vendor ID is split per table 79 into a 3-character
         * manufacturer mnemonic (18 bits), a unit model code (4 bits) and a serial number (20 bits).
         * gpsd 3.22 prints the whole field as 7 characters ("vendorid":"1D00014") besides model and
         * serial; the first three characters are the manufacturer here ("1D0"). Equipment made to
         * M.1371-1 wrote 7 text characters; their last four come out as model and serial numbers.
         */

        /** Payload length in bits of part B. */
        static final int BITS = 168;

        /** Checks every field against its range and the dimensions/mother-ship choice against the MMSI. */
        public PartB {
            Kinematics.checkRepeat(repeatIndicator);
            CanonicalText.check("call sign", callSign, 7);
            if (isAuxiliaryCraft(mmsi)) {
                if (dimensions.isPresent()) {
                    throw new IllegalArgumentException(
                            "auxiliary craft " + mmsi + " reports a mother ship MMSI, not dimensions");
                }
            } else if (dimensions.isEmpty() || mothershipMmsi.isPresent()) {
                throw new IllegalArgumentException(
                        "station " + mmsi + " is not an auxiliary craft (98XXXXXXX), so it reports dimensions"
                                + " and no mother ship MMSI");
            }
        }

        /** Returns whether the MMSI is an auxiliary craft's, 98XXXXXXX, whose part B names a mother ship. */
        public static boolean isAuxiliaryCraft(Mmsi mmsi) {
            return mmsi.value() / 10_000_000 == 98;
        }

        @Override
        public int partNumber() {
            return 1;
        }

        static PartB decode(BitBuffer b) {
            Mmsi mmsi = new Mmsi(b.unsigned(8, 30));
            int shipType = b.unsigned(40, 8);
            boolean auxiliary = isAuxiliaryCraft(mmsi);
            int mothership = b.unsigned(132, 30);
            return new PartB(
                    b.unsigned(6, 2),
                    mmsi,
                    shipType == 0 ? Optional.empty() : Optional.of(new ShipType(shipType)),
                    VendorId.read(b, 48),
                    Texts.optional(b.text(90, 7)),
                    auxiliary ? Optional.empty() : Optional.of(Dimensions.read(b, 132)),
                    auxiliary && mothership != 0 ? Optional.of(new Mmsi(mothership)) : Optional.empty(),
                    EpfdType.ofCode(b.unsigned(162, 4)));
        }

        @Override
        public void encode(BitBuffer out) {
            out.append(24, 6);
            out.append(repeatIndicator, 2);
            out.append(mmsi.value(), 30);
            out.append(1, 2);
            out.append(shipType.map(ShipType::code).orElse(0), 8);
            VendorId.write(out, vendorId);
            out.appendText(callSign.orElse(""), 7);
            if (dimensions.isPresent()) {
                dimensions.get().write(out);
            } else {
                out.append(mothershipMmsi.map(Mmsi::value).orElse(0), 30);
            }
            out.append(epfd.code(), 4);
            out.append(0, 2);
        }

        @Override
        public void describe(FieldSink sink) {
            sink.integer("partno", 1);
            Texts.describeShipType(sink, shipType);
            if (vendorId.isPresent()) {
                sink.text("vendorid", Texts.optional(vendorId.get().manufacturer()));
                sink.integer("model", vendorId.get().unitModel());
                sink.integer("serial", vendorId.get().serialNumber());
            } else {
                sink.absent("vendorid");
                sink.absent("model");
                sink.absent("serial");
            }
            sink.text("callsign", callSign);
            if (dimensions.isPresent()) {
                dimensions.get().describe(sink);
            } else if (mothershipMmsi.isPresent()) {
                sink.integer("mothershipMmsi", mothershipMmsi.get().value());
            } else {
                sink.absent("mothershipMmsi");
            }
            sink.code("epfd", epfd);
        }
    }

    /**
     * The 42-bit vendor ID of part B (table 79): who made the transponder, which model, which unit.
     *
     * @param manufacturer the manufacturer's mnemonic, up to 3 characters of six-bit text; empty when
     *     not sent
     * @param unitModel the model code, 1 to 15 (counting the maker's models, wrapping after 15); 0 when
     *     not sent
     * @param serialNumber the unit's serial number, 0 to 1,048,575
     */
    record VendorId(String manufacturer, int unitModel, int serialNumber) {

        /** Checks the ranges; an all-empty vendor ID is "not sent" and must be an empty optional instead. */
        public VendorId {
            if (!manufacturer.isEmpty()) {
                CanonicalText.check("manufacturer ID", manufacturer, 3);
            }
            Kinematics.checkUnsigned("unit model code", unitModel, 4);
            Kinematics.checkUnsigned("unit serial number", serialNumber, 20);
            if (manufacturer.isEmpty() && unitModel == 0 && serialNumber == 0) {
                throw new IllegalArgumentException(
                        "vendor ID with no manufacturer, model or serial number is \"not available\": use Optional.empty()");
            }
        }

        /** Reads the 42-bit field at {@code start}; empty when all 42 bits are zero ("@@@@@@@"). */
        static Optional<VendorId> read(BitBuffer b, int start) {
            String manufacturer = b.text(start, 3);
            int model = b.unsigned(start + 18, 4);
            int serial = b.unsigned(start + 22, 20);
            return manufacturer.isEmpty() && model == 0 && serial == 0
                    ? Optional.empty()
                    : Optional.of(new VendorId(manufacturer, model, serial));
        }

        static void write(BitBuffer out, Optional<VendorId> vendorId) {
            out.appendText(vendorId.map(VendorId::manufacturer).orElse(""), 3);
            out.append(vendorId.map(VendorId::unitModel).orElse(0), 4);
            out.append(vendorId.map(VendorId::serialNumber).orElse(0), 20);
        }
    }
}
