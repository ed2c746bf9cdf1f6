package org.brainj.cli.internal.run;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;

/**
 * A JSON network spec as {@code brainj run} uses it: the network and the run settings the file may carry.
 *
 * @param network  the network
 * @param duration simulated time, if the file says [ms]
 * @param dt       step, if the file says [ms]
 * @param seed     seed, if the file says
 * @param monitors what the file asks to record
 */
record JsonSpec(NetworkSpec network, OptionalDouble duration, OptionalDouble dt, OptionalLong seed,
                List<MonitorSpec> monitors) {

    /** Reads JSON network spec files. */
    @FunctionalInterface
    interface Reader {
        /**
         * @param file a JSON network spec
         * @return its content
         */
        JsonSpec read(Path file);
    }

    /**
     * The one call into the JSON spec reader (package {@code org.brainj.cli.internal.spec}); its errors name the
     * file and the JSON path of the bad node.
     *
     * @param file a JSON network spec
     * @return its content
     */
    static JsonSpec read(Path file) {
        var f = org.brainj.cli.internal.spec.JsonNetworkSpecs.read(file);
        return new JsonSpec(f.network(), f.duration(), f.dt(), f.seed(), f.monitors());
    }
}
