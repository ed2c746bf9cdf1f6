package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The third-party examples of examples/, each built as an independent project against the published API: dropped
 * into deploy/ of a running platform, used through the ordinary commands, removed again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ItPlatform p;

    @BeforeAll
    void boot() throws Exception {
        p = ItPlatform.boot("brainj");
    }

    @AfterAll
    void shutdown() throws Exception {
        p.close();
    }

    @Test
    void examplesImportTheApiAsConsumersSoLaterMinorVersionsKeepThemWorking() throws Exception {
        for (String example : List.of("resonate-and-fire", "stdp-operator", "lyapunov-analyzer", "kernels-command")) {
            String imports;
            try (JarFile jar = new JarFile(ItPlatform.itBundle(example + ".jar").toFile())) {
                imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
            }
            Matcher m = Pattern.compile("(org\\.brainj\\.[a-z.]+);version=\"([^\"]+)\"").matcher(imports);
            int n = 0;
            while (m.find()) {
                n++;
                // [1.x,2): any later 1.y of the package resolves; a provider range [1.x,1.x+1) would not
                assertTrue(m.group(2).matches("\\[1\\.\\d+,2\\)"), example + " imports " + m.group(1) + " "
                        + m.group(2));
            }
            assertTrue(n > 0, example + ": no BrainJ import in " + imports);
        }
    }

    @Test
    void customNeuronModelIsListedRunAndGoneAfterRemoval() throws Exception {
        assertEquals(2, p.brainj("run", "neuron:ResonateFire", "--duration", "10").status());
        Path jar = p.deploy(ItPlatform.itBundle("resonate-and-fire.jar"), "resonate-and-fire.jar");
        ItPlatform.Output models = p.await(o -> o.out().contains("ResonateFire"), "models");
        assertTrue(models.out().contains("ResonateFire"), models.out());

        Path out = p.home.resolve("rf");
        ItPlatform.Output run = p.brainj("run", "neuron:ResonateFire", "--input", "0.5", "--duration", "200",
                "--monitor", "y", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        // constant input 0.5 mV/ms: y overshoots V_th = 1 mV every few ten ms (ResonateFireTest has the exact time)
        assertTrue(s.get("spikes_total").asLong() >= 2, s.toString());
        assertTrue(s.at("/provenance/bundles").findValuesAsText("symbolic_name")
                .contains("org.brainj.examples.resonate"), s.toString());

        Files.delete(jar);
        p.await(o -> !o.out().contains("ResonateFire"), "models");
        ItPlatform.Output gone = p.brainj("run", "neuron:ResonateFire", "--duration", "10");
        assertEquals(2, gone.status(), gone.out() + gone.err());
    }

    @Test
    void customAnalyzerIsRegisteredFromItsBundleAndWithdrawnOnRemoval() throws Exception {
        Path jar = p.deploy(ItPlatform.itBundle("lyapunov-analyzer.jar"), "lyapunov-analyzer.jar");
        ItPlatform.Output o = p.await(out -> out.out().contains("lyapunov-max"), "services", "--spi", "Analyzer");
        String line = o.out().lines().filter(l -> l.contains("lyapunov-max")).findFirst().orElse("");
        assertTrue(line.contains("org.brainj.examples.lyapunov"), o.out());

        // used by brainj analyze: a damped linear oscillator (FHN far below its Hopf point is a stable focus) has a
        // negative largest exponent
        Path folder = p.home.resolve("lyap");
        ItPlatform.Output used = p.brainj("analyze", "with", "lyapunov-max", "neuron:FHN", "--vars",
                "V=-2:2,w=-1:2", "--param", "I=0", "--option", "duration=500", "--out", folder.toString());
        assertEquals(0, used.status(), used.out() + used.err());
        JsonNode s = JSON.readTree(folder.resolve("summary.json").toFile());
        assertEquals("lyapunov-max", s.get("analyzer").asText());
        assertTrue(s.at("/series/lambda_max/0").asDouble() < 0, s.toString());
        Files.delete(jar);
        assertTrue(!p.await(out -> !out.out().contains("lyapunov-max"), "services", "--spi", "Analyzer").out()
                .contains("lyapunov-max"));
    }

    @Test
    void customOperatorAndCustomCommandWorkTogetherAndLeaveCleanly() throws Exception {
        assertEquals(2, p.brainj("kernels").status(), "no such command before the bundle is deployed");
        Path command = p.deploy(ItPlatform.itBundle("kernels-command.jar"), "kernels-command.jar");
        ItPlatform.Output none = p.await(o -> o.status() == 0, "kernels");
        assertTrue(none.out().contains("0 custom operators"), none.out() + none.err());

        Path operator = p.deploy(ItPlatform.itBundle("stdp-operator.jar"), "stdp-operator.jar");
        ItPlatform.Output listed = p.await(o -> o.out().contains("stdp-pre-depression"), "kernels");
        String line = listed.out().lines().filter(l -> l.startsWith("stdp-pre-depression")).findFirst().orElse("");
        assertTrue(line.contains("spikes:boolean") && line.contains("A_minus,w_min")
                && line.contains("stdp_pre_depression"), listed.out());
        ItPlatform.Output cuda = p.brainj("kernels", "stdp-pre-depression", "--cuda");
        assertEquals(0, cuda.status(), cuda.err());
        assertTrue(cuda.out().contains("__global__ void stdp_pre_depression("), cuda.out());

        Files.delete(operator);
        assertTrue(p.await(o -> o.out().contains("0 custom operators"), "kernels").out()
                .contains("0 custom operators"));
        Files.delete(command);
        assertEquals(2, p.await(o -> o.status() == 2, "kernels").status());
    }
}
