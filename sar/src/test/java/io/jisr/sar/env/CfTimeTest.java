package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.SarInputException;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** CF time units as ocean and weather services write them. */
class CfTimeTest {

    static double epoch(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    @Test
    void units_commonSpellings_giveScaleAndReference() {
        assertThat(CfTime.units("hours since 2026-01-01 00:00:00", "t"))
                .containsExactly(3600, epoch("2026-01-01T00:00:00Z"));
        assertThat(CfTime.units("seconds since 1970-01-01T00:00:00Z", "t")).containsExactly(1, 0);
        assertThat(CfTime.units("days since 1950-01-01", "t")).containsExactly(86400, epoch("1950-01-01T00:00:00Z"));
        assertThat(CfTime.units("hours since 1900-01-01 00:00:00.0", "t"))
                .containsExactly(3600, epoch("1900-01-01T00:00:00Z"));
        assertThat(CfTime.units("minutes since 2026-3-9 6:30", "t")).containsExactly(60, epoch("2026-03-09T06:30:00Z"));
        assertThat(CfTime.units("Hours since 2026-03-10 00:00:00 UTC", "t"))
                .containsExactly(3600, epoch("2026-03-10T00:00:00Z"));
    }

    @Test
    void units_notCfTime_sayWhatIsExpected() {
        assertThatThrownBy(() -> CfTime.units("hours", "f.nc: time axis time"))
                .isInstanceOf(SarInputException.class)
                .hasMessage("f.nc: time axis time has units \"hours\"; expected \"<seconds|minutes|hours|days> since"
                        + " <yyyy-mm-dd hh:mm:ss>\"");
        assertThatThrownBy(() -> CfTime.units("hours since 2026-13-01", "f.nc: time axis time"))
                .hasMessage("f.nc: time axis time has an unreadable reference time in \"hours since 2026-13-01\"");
        assertThatThrownBy(() -> CfTime.units("months since 2026-01-01", "t")).isInstanceOf(SarInputException.class);
    }

    @Property(tries = 300)
    void units_anyText_parsesOrRejectsClearly(@ForAll String units) {
        try {
            double[] scale = CfTime.units(units, "t");
            assertThat(scale[0]).isIn(1.0, 60.0, 3600.0, 86400.0);
        } catch (SarInputException e) {
            assertThat(e.getMessage()).startsWith("t has ");
        }
    }
}
