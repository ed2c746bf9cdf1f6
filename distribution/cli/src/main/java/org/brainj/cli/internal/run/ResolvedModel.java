package org.brainj.cli.internal.run;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;

/**
 * A model argument turned into a network spec, with the defaults that come with it.
 *
 * @param label           the model as reports name it ({@code coba}, {@code neuron:HH}, a JSON network's name)
 * @param folderName      the default output folder's name under {@code results/}
 * @param spec            the network to build
 * @param defaultDuration simulated time unless told otherwise [ms]
 * @param dt              the step a JSON spec sets, if any [ms]
 * @param seed            the seed a JSON spec sets, if any
 * @param monitors        the monitors a JSON spec asks for
 */
record ResolvedModel(String label, String folderName, NetworkSpec spec, double defaultDuration, OptionalDouble dt,
                     OptionalLong seed, List<MonitorSpec> monitors) {

    /** Copies the monitors. */
    ResolvedModel {
        monitors = List.copyOf(monitors);
    }
}
