package io.jisr.app.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.jisr.app.simulate.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jisr drift} and {@code jisr env} end to end: files, summaries, determinism and clear errors. */
class SarCommandsTest {
    private static final Pattern DATUM = Pattern.compile("datum\\s+(-?[0-9.]+), (-?[0-9.]+)");

    @TempDir
    Path dir;

    private Cli drift(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "drift",
                "--object",
                "44",
                "--lat",
                "36.9",
                "--lon",
                "3.0",
                "--radius",
                "200",
                "--start",
                "2026-03-10T06:00:00Z",
                "--hours",
                "6",
                "--particles",
                "2000",
                "--seed",
                "7",
                "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static double[] datum(Cli run) {
        Matcher m = DATUM.matcher(run.stdoutText());
        assertThat(m.find()).as("datum in %s", run.stdoutText()).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void drift_constantWind_writesEveryParticleAtEveryHour_andTheSameSeedGivesTheSameFile() throws Exception {
        String[] env = {"--wind-east", "10", "--wind-north", "0", "--current-east", "0", "--current-north", "0"};
        Cli first = drift("a.csv", env);
        Cli again = drift("b.csv", env);

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("a.csv"));
        assertThat(rows.getFirst()).isEqualTo("time,particle,latitude,longitude,stranded,side,status");
        assertThat(rows).hasSize(1 + 2000 * 7);
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(Files.readString(dir.resolve("a.csv")));
        assertThat(first.stdoutText())
                .contains("object ")
                .contains("drift error")
                .contains("mean drift")
                .contains("spread")
                .contains("jibed")
                .contains("mean wind 10.0 m/s toward 090°");
        // Downwind is east: the datum moved east of the last known position.
        assertThat(datum(first)[1]).isGreaterThan(3.0);
    }

    @Test
    void drift_currentOnly_movesTheDatumExactlyWithTheCurrent() {
        Cli run = drift(
                "c.csv", "--wind-east", "0", "--wind-north", "0", "--current-east", "0.5", "--current-north", "0");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        // 0.5 m/s for 6 h = 10.8 km east; a degree of longitude at 36.9° N is 89.2 km on WGS84.
        double metresPerDegree = Math.PI
                / 180
                * 6378137.0
                * Math.cos(Math.toRadians(36.9))
                / Math.sqrt(1 - 0.00669437999014 * Math.pow(Math.sin(Math.toRadians(36.9)), 2));
        assertThat(datum(run)[1] - 3.0).isCloseTo(10_800 / metresPerDegree, offset(0.002));
        assertThat(datum(run)[0]).isCloseTo(36.9, offset(0.002));
    }

    @Test
    void drift_bundledSampleForecast_runsOffAlgiers() {
        Cli run = drift("s.csv", "--wind-file", "sample", "--current-file", "sample");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutText()).contains("left the forecast 0.0 %");
    }

    @Test
    void env_samplePoint_printsWindAndCurrent() {
        Cli run = Cli.run(
                "env",
                "--wind-file",
                "sample",
                "--current-file",
                "sample",
                "--lat",
                "37",
                "--lon",
                "3",
                "--time",
                "2026-03-10T12:00:00Z");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutText())
                .containsPattern("wind\\s+east -?[0-9.]+ m/s, north -?[0-9.]+ m/s")
                .containsPattern("current east -?[0-9.]+ m/s");
    }

    @Test
    void badInput_saysWhatIsWrong() throws Exception {
        Cli unknown = Cli.run(
                "drift",
                "--object",
                "spaceship",
                "--lat",
                "36.9",
                "--lon",
                "3",
                "--radius",
                "100",
                "--start",
                "2026-03-10T06:00:00Z",
                "--hours",
                "1",
                "--wind-east",
                "1",
                "--wind-north",
                "0",
                "--current-east",
                "0",
                "--current-north",
                "0",
                "--out",
                dir.resolve("x.csv").toString());
        assertThat(unknown.exitCode()).as(unknown.stdoutText()).isEqualTo(1);
        assertThat(unknown.stderr()).startsWith("jisr drift: ").contains("spaceship");
        Cli farAway = Cli.run(
                "env",
                "--wind-file",
                "sample",
                "--current-file",
                "sample",
                "--lat",
                "50",
                "--lon",
                "3",
                "--time",
                "2026-03-10T12:00:00Z");
        assertThat(farAway.exitCode()).isEqualTo(1);
        assertThat(farAway.stderr()).startsWith("jisr env: ");

        Cli both = drift(
                "b.csv",
                "--wind-east",
                "1",
                "--wind-north",
                "0",
                "--wind-file",
                "sample",
                "--current-east",
                "0",
                "--current-north",
                "0");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("either as --wind-east/--wind-north or as --wind-file, not both");

        Files.writeString(dir.resolve("wind.csv"), "time,east,north\n2026-03-10T00:00:00Z,1,2\nnot a line\n");
        Cli badCsv = drift(
                "w.csv",
                "--wind-file",
                dir.resolve("wind.csv").toString(),
                "--current-east",
                "0",
                "--current-north",
                "0");
        assertThat(badCsv.exitCode()).isEqualTo(1);
        assertThat(badCsv.stderr()).contains("wind.csv").contains("3");

        Files.writeString(dir.resolve("notcdf.nc"), "this is not HDF5");
        Cli notNetcdf = drift(
                "n.csv",
                "--wind-file",
                dir.resolve("notcdf.nc").toString(),
                "--current-east",
                "0",
                "--current-north",
                "0");
        assertThat(notNetcdf.exitCode()).isEqualTo(1);
        assertThat(notNetcdf.stderr()).contains("notcdf.nc");
    }
}
