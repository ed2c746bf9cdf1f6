package org.brainj.api.run;

import org.brainj.api.core.ParameterException;

/**
 * How a model is built for running.
 *
 * @param dt      step size [ms], &gt; 0 (BrainPy's default 0.1 ms)
 * @param seed    seed of every random draw of the run
 * @param backend {@code auto} (highest-ranked available), {@code cpu}, {@code gpu}, or a backend's name
 * @param method  default integration method of models that do not choose one (BrainPy's {@code exp_auto})
 * @param threads worker threads for parallel operators, ≥ 1
 */
public record SimulationOptions(double dt, long seed, String backend, String method, int threads) {

    /** dt 0.1 ms, seed 42, backend auto, method exp_auto, one thread. */
    public static final SimulationOptions DEFAULTS = new SimulationOptions(0.1, 42L, "auto", "exp_auto", 1);

    /** Validates every field, naming the one out of range. */
    public SimulationOptions {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new ParameterException("dt", dt + " ms", "must be > 0 ms and finite");
        }
        if (backend == null || backend.isBlank()) {
            throw new ParameterException("backend", String.valueOf(backend), "auto, cpu, gpu or a backend name");
        }
        if (method == null || method.isBlank()) {
            throw new ParameterException("method", String.valueOf(method), "a registered integration method");
        }
        if (threads < 1) {
            throw new ParameterException("threads", String.valueOf(threads), "must be >= 1");
        }
    }

    /**
     * @param dt step [ms]
     * @return a copy with that step
     */
    public SimulationOptions withDt(double dt) {
        return new SimulationOptions(dt, seed, backend, method, threads);
    }

    /**
     * @param seed the seed
     * @return a copy with it
     */
    public SimulationOptions withSeed(long seed) {
        return new SimulationOptions(dt, seed, backend, method, threads);
    }

    /**
     * @param backend auto, cpu, gpu or a name
     * @return a copy with it
     */
    public SimulationOptions withBackend(String backend) {
        return new SimulationOptions(dt, seed, backend, method, threads);
    }

    /**
     * @param method integration method
     * @return a copy with it
     */
    public SimulationOptions withMethod(String method) {
        return new SimulationOptions(dt, seed, backend, method, threads);
    }

    /**
     * @param threads worker threads
     * @return a copy with that count
     */
    public SimulationOptions withThreads(int threads) {
        return new SimulationOptions(dt, seed, backend, method, threads);
    }
}
