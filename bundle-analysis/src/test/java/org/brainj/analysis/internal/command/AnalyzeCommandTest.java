package org.brainj.analysis.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final double A = 0.7;
    private static final double B = 0.8;
    private static final double TAU = 12.5;

    @TempDir
    Path dir;

    private final AnalyzeCommand command = new AnalyzeCommand();

    private RecordingInvocation run(List<String> positionals, String... options) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            o.put(options[i], options[i + 1]);
        }
        o.putIfAbsent("--out", dir.toString());
        RecordingInvocation inv = new RecordingInvocation(o, positionals);
        int rc = command.execute(inv);
        inv.out().flush();
        return rc == Command.OK ? inv : fail(inv, rc);
    }

    private static RecordingInvocation fail(RecordingInvocation inv, int rc) {
        throw new AssertionError("exit " + rc + ": " + inv.errText());
    }

    private int status(List<String> positionals, String... options) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            o.put(options[i], options[i + 1]);
        }
        o.putIfAbsent("--out", dir.toString());
        last = new RecordingInvocation(o, positionals);
        return command.execute(last);
    }

    private RecordingInvocation last;

    @Test
    void phasePlaneOfFhnWritesSummaryAndPlots() throws Exception {
        run(List.of("phase-plane", "neuron:FHN"), "--vars", "V=-3:3,w=-2:4", "--param", "I=0.5",
                "--resolution", "80");
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode fps = s.get("fixed_points");
        assertEquals(1, fps.size());
        JsonNode fp = fps.get(0);
        // V* is the real root of V³/3 + (1/b − 1)V + a/b − I = 0 (Cardano); w* = (V* + a)/b
        double p = 3 * (1 / B - 1);
        double q = -3 * (0.5 - A / B);
        double d = Math.sqrt(q * q / 4 + p * p * p / 27);
        double v = Math.cbrt(-q / 2 + d) + Math.cbrt(-q / 2 - d);
        assertEquals(v, fp.get("state").get("V").asDouble(), 1e-9);
        assertEquals((v + A) / B, fp.get("state").get("w").asDouble(), 1e-9);
        assertEquals(0.5, fp.get("params").get("I").asDouble(), 0);
        assertEquals(0.7, fp.get("params").get("a").asDouble(), 0);
        // J = [[1 − V², −1], [1/τ, −b/τ]] at V* ≈ −0.5 (I = 0.5 is inside the Hopf interval): trace > 0,
        // trace² < 4 det, so BrainPy's "unstable focus" with eigenvalues trace/2 ± i·√(det − trace²/4)
        double tr = 1 - v * v - B / TAU;
        double det = (1 - B * (1 - v * v)) / TAU;
        assertEquals("unstable focus", fp.get("stability").asText());
        assertEquals(tr / 2, fp.get("eigenvalues").get(0).get(0).asDouble(), 1e-9);
        assertEquals(Math.sqrt(det - tr * tr / 4), Math.abs(fp.get("eigenvalues").get(0).get(1).asDouble()), 1e-9);
        // the relaxation oscillation around it, found by simulation
        assertEquals(1, s.get("limit_cycles").size());
        assertTrue(s.get("limit_cycles").get(0).get("period_ms").asDouble() > 10);
        assertTrue(Files.size(dir.resolve("phase_plane.png")) > 10_000);
        assertTrue(Files.size(dir.resolve("eigenvalues.png")) > 5_000);
    }

    @Test
    void svgOptionWritesEveryPlotAsVectorGraphicsToo() throws Exception {
        run(List.of("phase-plane", "neuron:FHN"), "--vars", "V=-3:3,w=-2:4", "--param", "I=0.5",
                "--resolution", "40", "--svg", "true");
        for (String base : List.of("phase_plane", "eigenvalues")) {
            assertTrue(Files.size(dir.resolve(base + ".png")) > 0, base + ".png");
            String svg = Files.readString(dir.resolve(base + ".svg"));
            assertTrue(svg.contains("<svg"), base + ".svg is not SVG: " + svg.substring(0, Math.min(80, svg.length())));
        }
        JsonNode plots = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("plots");
        assertTrue(plots.toString().contains("phase_plane.svg"), plots.toString());
    }

    @Test
    void withRunsAnyDeployedAnalyzerByName() throws Exception {
        run(List.of("with", "phase-plane-2d", "neuron:FHN"), "--vars", "V=-3:3,w=-2:4", "--param", "I=0.5",
                "--resolution", "60", "--option", "cycles=0");
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("phase-plane-2d", s.get("analyzer").asText());
        assertEquals(1, s.get("fixed_points").size());
        assertEquals("unstable focus", s.get("fixed_points").get(0).get("stability").asText());
        assertTrue(s.has("series"));
        assertEquals(Command.USAGE, status(List.of("with", "lyapunov", "neuron:FHN"), "--vars", "V=-3:3"));
        assertTrue(last.errText().contains("phase-plane-2d"), last.errText());
        assertEquals(Command.USAGE, status(List.of("with", "neuron:FHN")));
    }

    @Test
    void bifurcationOfFhnReportsBothHopfPoints() throws Exception {
        run(List.of("bifurcation", "neuron:FHN"), "--par", "I=0:2", "--vars", "V=-3:3,w=-2:4", "--resolution",
                "21", "--cycles", "5");
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode bifs = s.get("bifurcations");
        assertEquals(2, bifs.size(), bifs.toString());
        // trace J = 0 at V*² = 1 − b/τ; I from the fixed-point equations
        double vh = Math.sqrt(1 - B / TAU);
        double lo = Math.min(bifs.get(0).get("params").get("I").asDouble(), bifs.get(1).get("params").get("I")
                .asDouble());
        assertEquals("hopf", bifs.get(0).get("type").asText());
        assertEquals((-vh + A) / B + vh - vh * vh * vh / 3, lo, 1e-6);
        assertTrue(s.get("fixed_points").size() > 20);
        assertTrue(s.get("limit_cycles").size() >= 2);
        assertTrue(Files.size(dir.resolve("bifurcation_V.png")) > 10_000);
    }

    @Test
    void fastSlowWritesItsDiagram() throws Exception {
        run(List.of("fast-slow", "neuron:FHN"), "--fast", "V=-3:3", "--slow", "w=-1.5:1.5", "--param", "I=0.5",
                "--duration", "50");
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, s.get("bifurcations").size());
        assertEquals("saddle-node", s.get("bifurcations").get(0).get("type").asText());
        assertTrue(Files.exists(dir.resolve("fast_slow_V.png")));
    }

    @Test
    void badInputIsReportedNamingTheProblem() throws Exception {
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:FHN"), "--vars", "V=3:-3,w=-2:4"));
        assertTrue(last.errText().contains("LO < HI"), last.errText());
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:FHN"), "--vars", "V=-3:3,x=0:1"));
        assertTrue(last.errText().contains("x") && last.errText().contains("not a variable"), last.errText());
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:FHN"), "--vars", "V=-3:3,w=-2:4",
                "--param", "gNa=1"));
        assertTrue(last.errText().contains("gNa") && last.errText().contains("neither a variable nor a parameter"),
                last.errText());
        assertEquals(Command.USAGE, status(List.of("bifurcation", "neuron:FHN"), "--vars", "V=-3:3,w=-2:4",
                "--par", "J=0:1"));
        assertTrue(last.errText().contains("J") && last.errText().contains("not a parameter"), last.errText());
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:" + TimeDrivenFactory.MODEL), "--vars",
                "V=-1:1"));
        assertTrue(last.errText().contains("not autonomous"), last.errText());
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:NoSuchModel"), "--vars", "V=-1:1"));
        assertTrue(last.errText().contains("known:") && last.errText().contains("neuron:FHN"), last.errText());
        assertEquals(Command.USAGE, status(List.of("spin", "neuron:FHN")));
        assertTrue(last.errText().contains("phase-plane"), last.errText());
        assertEquals(Command.USAGE, status(List.of("phase-plane", "neuron:FHN")));
        assertTrue(last.errText().contains("--vars"), last.errText());
        assertEquals(Command.USAGE, status(List.of("slow-points", dir.resolve("absent.json").toString())));
        assertTrue(last.errText().contains("absent.json") && last.errText().contains("not a readable file"),
                last.errText());
    }
}
