package io.jisr.detect.geo;

import io.jisr.ais.message.Position;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A port or anchorage.
 *
 * @param locode UN/LOCODE, two letters of country and three of place, for example {@code ESALG}
 * @param name the port's name
 * @param position a reference position inside the port area
 */
public record Port(String locode, String name, Position position) {

    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    /** Checks the UN/LOCODE form and that the name is not blank. */
    public Port {
        Objects.requireNonNull(position, "position");
        if (!LOCODE.matcher(locode).matches()) {
            throw new IllegalArgumentException(
                    "UN/LOCODE must be 2 letters and 3 letters or digits 2-9, was \"" + locode + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("port name must not be blank, for " + locode);
        }
    }
}
