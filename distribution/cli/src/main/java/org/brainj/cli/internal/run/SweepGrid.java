package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of a parameter sweep: the Cartesian product of {@code --grid NAME=LO:HI:COUNT} axes (the first axis
 * varies slowest) times {@code --seeds} seeds. Point i is axis values {@code i / seeds} and seed number
 * {@code i % seeds}, so the numbering is the same in every process, thread and Slurm array task.
 *
 * @param axes  the axes, in the order given
 * @param seeds seeds per grid point, ≥ 1
 * @param seed0 the first seed; seed number s is {@code seed0 + s}
 */
record SweepGrid(List<Axis> axes, int seeds, long seed0) {

    /** The most points a sweep may have, seeds included. */
    static final long MAX_POINTS = 10_000_000L;

    /**
     * One axis: COUNT values evenly spaced from LO to HI, both included.
     *
     * @param name   a model parameter ({@code --param} name) or {@code neurons}
     * @param values its values
     */
    record Axis(String name, double[] values) {
    }

    /** Copies the axes. */
    SweepGrid {
        axes = List.copyOf(axes);
    }

    /**
     * @param texts the {@code --grid} values as given
     * @param seeds seeds per point
     * @param seed0 first seed
     * @return the grid
     * @throws UsageError naming the malformed axis
     */
    static SweepGrid parse(List<String> texts, int seeds, long seed0) {
        if (texts.isEmpty()) {
            throw new UsageError("no --grid given; say e.g. --grid we=0.3:0.9:4 (NAME=LO:HI:COUNT, repeatable)");
        }
        List<Axis> axes = new ArrayList<>();
        long points = seeds;
        for (String text : texts) {
            int eq = text.indexOf('=');
            String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
            if (eq <= 0 || range.length != 3) {
                throw UsageError.of("--grid", "'" + text + "'", "must be NAME=LO:HI:COUNT, e.g. we=0.3:0.9:4");
            }
            String name = text.substring(0, eq).trim();
            if (name.isEmpty()) {
                throw UsageError.of("--grid", "'" + text + "'", "must be NAME=LO:HI:COUNT with a parameter NAME");
            }
            for (Axis a : axes) {
                if (a.name().equals(name)) {
                    throw UsageError.of("--grid", "'" + text + "'", "names " + name + " twice");
                }
            }
            double lo = Args.number("--grid " + name + " LO", range[0].trim(), "must be a finite number");
            double hi = Args.number("--grid " + name + " HI", range[1].trim(), "must be a finite number");
            int count = Args.atLeast("--grid " + name + " COUNT", range[2].trim(), 1);
            // Checked before the values are allocated, and axis by axis so that the product cannot overflow.
            points *= count;
            if (points > MAX_POINTS) {
                throw UsageError.of("--grid", "'" + text + "'", "at most " + MAX_POINTS + " points in all (the "
                        + "COUNTs multiplied together and by --seeds " + seeds + ")");
            }
            double[] values = new double[count];
            for (int k = 0; k < count; k++) {
                // lo + k·step would drift from hi at the end; interpolate from both ends instead.
                values[k] = count == 1 ? lo : lo + (hi - lo) * k / (count - 1);
            }
            if (count > 1) {
                values[count - 1] = hi;
            }
            axes.add(new Axis(name, values));
        }
        return new SweepGrid(axes, seeds, seed0);
    }

    /** @return the number of points, seeds included */
    int size() {
        int n = seeds;
        for (Axis a : axes) {
            n *= a.values().length;
        }
        return n;
    }

    /**
     * @param point a point's number, in [0, {@link #size()})
     * @return its parameter values by axis name, in axis order
     */
    Map<String, Double> values(int point) {
        int rest = point / seeds;
        double[] chosen = new double[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).values().length;
            chosen[a] = axes.get(a).values()[rest % n];
            rest /= n;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int a = 0; a < chosen.length; a++) {
            out.put(axes.get(a).name(), chosen[a]);
        }
        return out;
    }

    /**
     * @param point a point's number
     * @return its seed
     */
    long seed(int point) {
        return seed0 + point % seeds;
    }
}
