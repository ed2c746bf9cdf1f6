package org.brainj.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code brainj}: boots the platform, runs one command, stops. The home folder comes from the system property
 * {@code brainj.home} (set by {@code bin/brainj}) or from this jar's place in {@code lib/}; a profile from
 * {@code BRAINJ_PROFILE}.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        // one plain line per record: "WARNING: deploy/x.jar: not a valid jar ..."
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        quietLogging(System.getenv("BRAINJ_LOG"));
        Path home;
        try {
            String prop = System.getProperty(BrainjRuntime.HOME_PROPERTY);
            home = prop != null ? Path.of(prop)
                    : Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                            .getParent().getParent();
        } catch (URISyntaxException e) {
            System.err.println("brainj: cannot locate the distribution: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Gogo's runtime replaces System.out/err/in with per-thread redirectors when it starts; the terminal's own
        // streams, taken before, keep a shell session from writing into itself.
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        int status;
        try (BrainjRuntime rt = BrainjRuntime.start(home, System.getenv("BRAINJ_PROFILE"), Map.of())) {
            status = rt.call(args, in, out, err);
        } catch (Exception e) {
            err.println("brainj: " + e.getMessage());
            status = 1;
        }
        out.flush();
        System.exit(status);
    }

    /** Library code logs through System.Logger (JUL here); show warnings and errors unless BRAINJ_LOG says more. */
    private static void quietLogging(String level) {
        Level l;
        try {
            l = level == null ? Level.WARNING : Level.parse(level.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            l = Level.WARNING;
        }
        Logger root = Logger.getLogger("");
        root.setLevel(l);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(l);
        }
    }
}
