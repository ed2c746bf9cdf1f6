package org.brainj.api.integrate;

import java.util.List;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a family of integration methods, each reachable by its name. A third-party bundle adds methods by registering
 * another provider; when two offer the same name the higher-ranked one wins.
 */
@ConsumerType
public interface IntegratorProvider extends Provider {

    /** @return the methods offered, each with a name unique within this provider */
    List<MethodDescriptor> methods();

    /**
     * Tells whether {@link #create} accepts a method name for equations of a kind. By default: the name is listed in
     * {@link #methods()} with that kind. A provider that composes methods (e.g. delay methods over any inner method,
     * {@code dde:<method>}) accepts names it cannot list.
     *
     * @param method a method name
     * @param kind   the equations' kind
     * @return true when {@link #create} takes that name for systems of that kind
     */
    default boolean offers(String method, EquationKind kind) {
        for (MethodDescriptor m : methods()) {
            if (m.kind() == kind && m.name().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates a stepper bound to {@code system}, with its buffers allocated.
     *
     * @param method  a name from {@link #methods()}
     * @param system  the equations; must be of the method's {@link EquationKind}
     * @param options tolerances, seed and memory settings
     * @return the stepper ({@link AdaptiveStepper} for adaptive methods)
     * @throws IllegalArgumentException if the method is unknown here or does not fit the system's kind, with a
     *     message naming both
     */
    Stepper create(String method, EquationSystem system, IntegratorOptions options);
}
