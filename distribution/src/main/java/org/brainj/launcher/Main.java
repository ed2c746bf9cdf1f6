package org.brainj.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
        // srun without an MPI plugin: every task would believe it is alone (SlurmStep); task 0 says so for all.
        Optional<String> refused = SlurmStep.refusal(System.getenv(), args);
        if (refused.isPresent()) {
            if ("0".equals(System.getenv("SLURM_PROCID"))) {
                err.println("brainj: " + refused.get());
            }
            System.exit(1);
            return;
        }
        // Under mpirun/srun: one MPI session per process, opened before the platform and outside it (MpiSession).
        MpiSession mpi;
        try {
            mpi = MpiSession.openIfLaunched(System.getenv()).orElse(null);
        } catch (IllegalStateException e) {
            err.println("brainj: " + e.getMessage());
            System.exit(1);
            return;
        }
        try (BrainjRuntime rt = BrainjRuntime.start(home, System.getenv("BRAINJ_PROFILE"), Map.of())) {
            if (mpi != null) {
                new MpiCollectives(mpi).register(rt.framework().getBundleContext());
            }
            status = rt.call(DistributionConfig.load(rt.home()).withDefaults(args), in, out, err);
        } catch (Exception | Error e) {
            // An Error too: under mpirun this rank must still abort the job below, or the others wait in an
            // exchange until their watchdog fires.
            err.println("brainj: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            status = 1;
        }
        out.flush();
        if (mpi != null) {
            if (status != 0) {
                // The other ranks may be waiting in an exchange: stop them all now (mpirun names this rank).
                err.println("brainj: rank " + mpi.rank() + " of " + mpi.size() + " failed (exit status " + status
                        + "); aborting the job");
                err.flush();
                mpi.abort(status);
            }
            mpi.close();
        }
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
