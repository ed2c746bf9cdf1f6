package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab distribution from a profile file alone: bundle selection, overlay, configuration, and the errors. */
class DistributionAssemblerTest {

    @TempDir
    Path dir;

    private Path full() throws IOException {
        Path full = dir.resolve("brainj");
        for (String f : List.of("bundles/platform-api-1.jar", "bundles/bundle-models-1.jar",
                "bundles/bundle-trainers-1.jar", "bundles/lib-jcuda-1.jar", "lib/brainj-launcher.jar", "bin/brainj",
                "etc/gosh_profile", "deploy/README.txt", "deploy/someones-own.jar")) {
            Files.createDirectories(full.resolve(f).getParent());
            Files.writeString(full.resolve(f), f);
        }
        return full;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void selectsBundlesCopiesTheOverlayAndWritesTheConfiguration() throws IOException {
        Path full = full();
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("mylab.properties"), String.join("\n",
                "description=our lab", "bundles.include=platform-api-*.jar bundle-*.jar",
                "bundles.exclude=bundle-trainers-*", "defaults.run.threads=4", "felix.fileinstall.poll=2000"));
        Files.createDirectories(profiles.resolve("mylab/bundles"));
        Files.writeString(profiles.resolve("mylab/bundles/lab-models-1.jar"), "lab");

        Path home = DistributionAssembler.assemble(full, profiles, "mylab", dir.resolve("target"));

        assertEquals(dir.resolve("target/brainj-mylab").toAbsolutePath(), home);
        assertEquals(List.of("bundle-models-1.jar", "lab-models-1.jar", "platform-api-1.jar"),
                names(home.resolve("bundles")));
        // the platform's own files, not what someone dropped into the full distribution's deploy/
        assertEquals(List.of("README.txt"), names(home.resolve("deploy")));
        assertTrue(Files.exists(home.resolve("bin/brainj")) && Files.exists(home.resolve("lib/brainj-launcher.jar")));
        DistributionConfig c = DistributionConfig.load(home);
        assertEquals(Map.of("brainj.distribution", "mylab", "felix.fileinstall.poll", "2000"),
                c.frameworkProperties());
        assertArrayEquals(new String[] {"run", "--threads", "4", "coba"}, c.withDefaults(new String[] {"run", "coba"}));
        assertArrayEquals(new String[] {"run", "coba", "--threads=2"},
                c.withDefaults(new String[] {"run", "coba", "--threads=2"}));
        assertArrayEquals(new String[] {"bench", "coba"}, c.withDefaults(new String[] {"bench", "coba"}));
    }

    @Test
    void aPatternMatchingNothingIsAnErrorNamingIt() throws IOException {
        Path full = full();
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("typo.properties"), "bundles.include=platform-api-*.jar, bundle-modles-*.jar");
        IOException e = assertThrows(IOException.class,
                () -> DistributionAssembler.assemble(full, profiles, "typo", dir));
        assertTrue(e.getMessage().contains("pattern 'bundle-modles-*.jar' matches no jar"), e.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> DistributionAssembler.assemble(full, profiles, "nosuch", dir));
        assertTrue(missing.getMessage().contains("profile 'nosuch' not found"), missing.getMessage());
    }

    @Test
    void aMalformedDefaultKeyIsAnError() throws IOException {
        Path home = Files.createDirectories(dir.resolve("h/etc")).getParent();
        Files.writeString(home.resolve(DistributionConfig.FILE), "defaults.run=--backend cpu\n");
        IOException e = assertThrows(IOException.class, () -> DistributionConfig.load(home));
        assertTrue(e.getMessage().contains("must be defaults.COMMAND.OPTION"), e.getMessage());
    }
}
