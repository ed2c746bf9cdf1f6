package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.platform.Providers;
import org.brainj.api.train.Loss;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.Surrogate;
import org.junit.jupiter.api.Test;

class ProvidersLookupTest {

    @Test
    void providersAreFoundThroughServiceLoader() {
        assertEquals("classpath", Providers.registryKind());
        assertTrue(Providers.names(Loss.class).containsAll(List.of("mse", "mae", "cross_entropy", "huber")),
                Providers.names(Loss.class).toString());
        assertTrue(Providers.names(Optimizer.class).containsAll(List.of("sgd", "adam")));
        assertTrue(Providers.names(Surrogate.class).containsAll(List.of("sigmoid", "arctan")));
        assertTrue(Providers.require(Optimizer.class, "adam") instanceof Adam);
        assertEquals(List.of("beta1", "beta2", "eps", "weight_decay"),
                Providers.require(Optimizer.class, "adam").hyperParameters().stream().map(p -> p.name()).toList());
        assertEquals(4.0, Providers.require(Surrogate.class, "sigmoid").defaultAlpha());
    }
}
