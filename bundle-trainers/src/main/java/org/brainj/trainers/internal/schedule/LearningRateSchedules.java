package org.brainj.trainers.internal.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.LearningRateSchedule;

/**
 * The learning-rate schedules of FEATURES §6.1 (BrainPy's {@code bp.optim} schedulers), selectable by name.
 *
 * <p>The API has {@link LearningRateSchedule} but no provider SPI for it, so the name → factory table lives here,
 * inside the trainers bundle; a schedule written elsewhere is passed to a trainer as a {@link LearningRateSchedule}
 * object instead. Every schedule reads the epoch count ({@code epoch}, BrainPy's {@code step_epoch()}) or the update
 * count ({@code step}, BrainPy's {@code step_call()}), as its BrainPy namesake does:
 * <pre>
 *   constant            lr
 *   step                lr · γ^⌊epoch / step_size⌋                                   (StepLR)
 *   multistep           lr · γ^(number of milestones ≤ epoch)                         (MultiStepLR)
 *   cosine              η_min + (lr − η_min)(1 + cos(π · min(epoch, T_max) / T_max)) / 2   (CosineAnnealingLR)
 *   cosine_restarts     the cosine over cycles of T_0, T_0·T_mult, T_0·T_mult², … epochs (CosineAnnealingWarmRestarts)
 *   exponential         lr · γ^epoch                                                   (ExponentialLR)
 *   exponential_decay   lr · rate^(step / decay_steps), floored exponent if staircase  (ExponentialDecayLR)
 *   inverse_time        lr / (1 + rate · step / decay_steps), floored if staircase      (InverseTimeDecayLR)
 *   polynomial          (lr − final)(1 − min(step, decay_steps)/decay_steps)^power + final  (PolynomialDecayLR)
 *   piecewise_constant  values[i] for boundaries[i−1] ≤ step &lt; boundaries[i]          (PiecewiseConstantLR)
 * </pre>
 */
public final class LearningRateSchedules {

    static final ParameterSpec LR = ParameterSpec.positive("lr", "1", 0.1, "initial learning rate");
    static final ParameterSpec GAMMA = new ParameterSpec("gamma", "1", 0.1, 0.0, 1.0, true,
            "multiplicative decay factor, in (0, 1]");
    static final ParameterSpec STEP_SIZE = ParameterSpec.positive("step_size", "epochs", 1,
            "epochs between decays");
    static final ParameterSpec T_MAX = ParameterSpec.positive("T_max", "epochs", 100, "epochs of the half cosine");
    static final ParameterSpec ETA_MIN = ParameterSpec.nonNegative("eta_min", "1", 0.0, "lowest learning rate");
    static final ParameterSpec T_0 = ParameterSpec.positive("T_0", "epochs", 10, "epochs of the first cycle");
    static final ParameterSpec T_MULT = new ParameterSpec("T_mult", "1", 1, 1, 1e6, false,
            "growth factor of each next cycle, a whole number >= 1");
    static final ParameterSpec DECAY_STEPS = ParameterSpec.positive("decay_steps", "updates", 1,
            "updates per unit of decay");
    static final ParameterSpec DECAY_RATE = ParameterSpec.positive("decay_rate", "1", 0.99975,
            "decay per decay_steps updates");
    static final ParameterSpec INVERSE_RATE = ParameterSpec.nonNegative("decay_rate", "1", 0.5,
            "inverse-time decay rate");
    static final ParameterSpec STAIRCASE = new ParameterSpec("staircase", "1", 0, 0, 1, false,
            "1: decay in whole steps of decay_steps updates");
    static final ParameterSpec FINAL_LR = ParameterSpec.nonNegative("final_lr", "1", 1e-4,
            "learning rate reached after decay_steps updates");
    static final ParameterSpec POWER = ParameterSpec.positive("power", "1", 1.0, "exponent of the decay");
    static final ParameterSpec EXP_GAMMA = new ParameterSpec("gamma", "1", 0.95, 0.0, 1.0, true,
            "decay factor per epoch, in (0, 1]");

    /** A schedule's factory: its settings and how to build it from them and from its lists. */
    private record Entry(List<ParameterSpec> params, String lists, Factory factory) {
    }

    @FunctionalInterface
    private interface Factory {
        LearningRateSchedule create(Parameters p, double[] points, double[] values);
    }

    private static final Map<String, Entry> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("constant", new Entry(List.of(LR), "", (p, x, v) -> {
            double lr = p.get(LR);
            return (step, epoch) -> lr;
        }));
        TABLE.put("step", new Entry(List.of(LR, GAMMA, STEP_SIZE), "", (p, x, v) -> {
            double lr = p.get(LR);
            double gamma = p.get(GAMMA);
            long size = whole(STEP_SIZE, p.get(STEP_SIZE));
            return (step, epoch) -> lr * Math.pow(gamma, Math.floorDiv(epoch, size));
        }));
        TABLE.put("multistep", new Entry(List.of(LR, GAMMA), "milestones (epochs, increasing)", (p, x, v) -> {
            double lr = p.get(LR);
            double gamma = p.get(GAMMA);
            double[] milestones = increasing("milestones", x);
            return (step, epoch) -> {
                int passed = 0;
                for (double m : milestones) {
                    if (epoch >= m) {
                        passed++;
                    }
                }
                return lr * Math.pow(gamma, passed);
            };
        }));
        TABLE.put("cosine", new Entry(List.of(LR, T_MAX, ETA_MIN), "", (p, x, v) -> {
            double lr = p.get(LR);
            double tMax = p.get(T_MAX);
            double min = p.get(ETA_MIN);
            return (step, epoch) -> min + (lr - min) * 0.5 * (1 + Math.cos(Math.PI * Math.min(epoch, tMax) / tMax));
        }));
        TABLE.put("cosine_restarts", new Entry(List.of(LR, T_0, T_MULT, ETA_MIN), "", (p, x, v) -> {
            double lr = p.get(LR);
            long t0 = whole(T_0, p.get(T_0));
            long mult = whole(T_MULT, p.get(T_MULT));
            double min = p.get(ETA_MIN);
            return (step, epoch) -> {
                long cycle = t0;
                long start = 0;
                while (epoch >= start + cycle) {
                    start += cycle;
                    cycle *= mult;
                }
                return min + (lr - min) * 0.5 * (1 + Math.cos(Math.PI * (epoch - start) / cycle));
            };
        }));
        TABLE.put("exponential", new Entry(List.of(LR, EXP_GAMMA), "", (p, x, v) -> {
            double lr = p.get(LR);
            double gamma = p.get(EXP_GAMMA);
            return (step, epoch) -> lr * Math.pow(gamma, epoch);
        }));
        TABLE.put("exponential_decay", new Entry(List.of(LR, DECAY_STEPS, DECAY_RATE, STAIRCASE), "",
                (p, x, v) -> {
                    double lr = p.get(LR);
                    double steps = p.get(DECAY_STEPS);
                    double rate = p.get(DECAY_RATE);
                    boolean stair = flag(STAIRCASE, p.get(STAIRCASE));
                    return (step, epoch) -> {
                        double e = step / steps;
                        return lr * Math.pow(rate, stair ? Math.floor(e) : e);
                    };
                }));
        TABLE.put("inverse_time", new Entry(List.of(LR, DECAY_STEPS, INVERSE_RATE, STAIRCASE), "", (p, x, v) -> {
            double lr = p.get(LR);
            double steps = p.get(DECAY_STEPS);
            double rate = p.get(INVERSE_RATE);
            boolean stair = flag(STAIRCASE, p.get(STAIRCASE));
            return (step, epoch) -> {
                double e = step / steps;
                return lr / (1.0 + rate * (stair ? Math.floor(e) : e));
            };
        }));
        TABLE.put("polynomial", new Entry(List.of(LR, DECAY_STEPS, FINAL_LR, POWER), "", (p, x, v) -> {
            double lr = p.get(LR);
            double steps = p.get(DECAY_STEPS);
            double fin = p.get(FINAL_LR);
            double power = p.get(POWER);
            return (step, epoch) -> (lr - fin) * Math.pow(1.0 - Math.min(step, steps) / steps, power) + fin;
        }));
        TABLE.put("piecewise_constant", new Entry(List.of(),
                "boundaries (updates, increasing) and values (one more than boundaries)", (p, x, v) -> {
                    double[] bounds = increasing("boundaries", x);
                    if (v == null || v.length != bounds.length + 1) {
                        throw new ParameterException("values", v == null ? "none" : v.length + " values",
                                "must hold boundaries + 1 = " + (bounds.length + 1) + " learning rates");
                    }
                    double[] values = v.clone();
                    for (int i = 0; i < values.length; i++) {
                        if (!(values[i] >= 0.0) || Double.isInfinite(values[i])) {
                            throw new ParameterException("values[" + i + "]", String.valueOf(values[i]),
                                    "must be >= 0 and finite");
                        }
                    }
                    return (step, epoch) -> {
                        int i = 0;
                        while (i < bounds.length && step >= bounds[i]) {
                            i++;
                        }
                        return values[i];
                    };
                }));
    }

    private LearningRateSchedules() {
    }

    /** @return the schedules' names, in table order */
    public static List<String> names() {
        return new ArrayList<>(TABLE.keySet());
    }

    /**
     * @param name a schedule's name
     * @return its settings with defaults
     * @throws ParameterException for an unknown name, listing the known ones
     */
    public static List<ParameterSpec> parameters(String name) {
        return entry(name).params();
    }

    /**
     * @param name a schedule's name
     * @return what lists it reads besides its settings, in words; empty when none
     */
    public static String lists(String name) {
        return entry(name).lists();
    }

    /**
     * @param name   a schedule's name
     * @param params its settings; unknown names and out-of-range values are rejected
     * @return the schedule
     */
    public static LearningRateSchedule create(String name, Parameters params) {
        return create(name, params, null, null);
    }

    /**
     * @param name   a schedule's name
     * @param params its settings; unknown names and out-of-range values are rejected
     * @param points milestones (multistep, in epochs) or boundaries (piecewise_constant, in updates); else null
     * @param values the rates of piecewise_constant; else null
     * @return the schedule
     * @throws ParameterException naming the bad setting, its value and the allowed range
     */
    public static LearningRateSchedule create(String name, Parameters params, double[] points, double[] values) {
        Entry e = entry(name);
        params.requireKnown(name, e.params());
        return e.factory().create(params, points, values);
    }

    private static Entry entry(String name) {
        Entry e = TABLE.get(name);
        if (e == null) {
            throw new ParameterException("schedule", name, "known schedules: " + String.join(", ", TABLE.keySet()));
        }
        return e;
    }

    private static long whole(ParameterSpec spec, double v) {
        if (v != Math.rint(v)) {
            throw new ParameterException(spec.name(), String.valueOf(v), "must be a whole number");
        }
        return (long) v;
    }

    private static boolean flag(ParameterSpec spec, double v) {
        if (v != 0.0 && v != 1.0) {
            throw new ParameterException(spec.name(), String.valueOf(v), "must be 0 (no) or 1 (yes)");
        }
        return v == 1.0;
    }

    private static double[] increasing(String what, double[] x) {
        if (x == null || x.length == 0) {
            throw new ParameterException(what, "none", "must list at least one value, increasing");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || x[i] < 0 || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new ParameterException(what + "[" + i + "]", String.valueOf(x[i]),
                        "must be finite, >= 0 and greater than the one before");
            }
        }
        return x.clone();
    }
}
