package org.brainj.launcher;

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
        int status;
        try (BrainjRuntime rt = BrainjRuntime.start(home, System.getenv("BRAINJ_PROFILE"), Map.of())) {
            status = rt.call(args, System.in, System.out, System.err);
        } catch (Exception e) {
            System.err.println("brainj: " + e.getMessage());
            status = 1;
        }
        System.out.flush();
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
