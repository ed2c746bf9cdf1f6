package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic versioning of the published API, enforced with bnd's baselining: every package of the platform-api just
 * built is compared with the committed reference jar (src/test/baseline/platform-api.jar); a change that needs a
 * higher package version than the one declared in its package-info.java fails the build, naming the package, the
 * change and the version bnd requires. This keeps third-party bundles, which import API packages as
 * {@code [1.x,2)}, working across minor versions.
 */
class ApiBaselineIT {

    @TempDir
    Path tmp;

    private static Path built() throws Exception {
        Path bundles = ItPlatform.distribution("brainj").resolve("bundles");
        try (Stream<Path> s = Files.list(bundles)) {
            return s.filter(p -> p.getFileName().toString().startsWith("platform-api-")).findFirst().orElseThrow();
        }
    }

    private static Path reference() {
        return Path.of(System.getProperty("brainj.apiBaseline", "src/test/baseline/platform-api.jar"));
    }

    /** @return one line per package whose declared version is lower than its change requires */
    private static List<String> mismatches(Path newer, Path older) throws Exception {
        List<String> out = new ArrayList<>();
        try (Processor reporter = new Processor(); Jar n = new Jar(newer.toFile()); Jar o = new Jar(older.toFile())) {
            Set<Baseline.Info> infos = new Baseline(reporter, new DiffPluginImpl()).baseline(n, o, null);
            for (Baseline.Info i : infos) {
                if (i.mismatch) {
                    out.add(i.packageName + ": " + i.packageDiff.getDelta() + " change, version " + i.newerVersion
                            + " declared, " + i.suggestedVersion + " required" + (i.reason == null ? ""
                            : " (" + i.reason + ")"));
                }
            }
            if (!reporter.getErrors().isEmpty()) {
                out.addAll(reporter.getErrors());
            }
        }
        return out;
    }

    @Test
    void platformApiPackageVersionsMatchTheirChangesSinceTheBaseline() throws Exception {
        List<String> m = mismatches(built(), reference());
        assertTrue(m.isEmpty(), "platform-api breaks semantic versioning against " + reference() + ":\n  "
                + String.join("\n  ", m) + "\nRaise @Version in that package's package-info.java (minor for an "
                + "addition, major for a change or removal). When releasing, make the released jar the new "
                + "baseline: cp distribution/target/brainj/bundles/platform-api-*.jar " + reference());
    }

    @Test
    void baseliningCatchesARemovedTypeUnderTheSameVersion() throws Exception {
        // the reference jar less one public type, package versions untouched: a MAJOR change bnd must flag
        Path reduced = tmp.resolve("reduced.jar");
        try (Jar j = new Jar(reference().toFile())) {
            assertTrue(j.remove("org/brainj/api/analysis/Interval.class") != null, "Interval missing");
            j.write(reduced.toFile());
        }
        List<String> m = mismatches(reduced, reference());
        assertFalse(m.isEmpty(), "a removed type went unnoticed");
        assertTrue(m.get(0).startsWith("org.brainj.api.analysis: MAJOR change, version 1.0.0 declared, 2.0.0"),
                m.toString());
        assertTrue(new File(reduced.toString()).length() > 0);
    }
}
