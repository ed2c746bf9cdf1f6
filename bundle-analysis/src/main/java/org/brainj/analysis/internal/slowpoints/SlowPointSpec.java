package org.brainj.analysis.internal.slowpoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;

/**
 * A slow-point search of a rate RNN as read from its JSON spec (see docs/analysis.md, "Slow points"):
 * <pre>
 * {"type": "continuous" | "discrete", "size": 1000, "gain": 1.5, "seed": 1,
 *  "weights": "W.txt", "bias": 0.0 | [..] | "b.txt",
 *  "candidates": {"count": 32, "from": "trajectories" | "uniform", "scale": 1.0, "duration": 20.0},
 *  "method": "lbfgs" | "adam", "tolerance": .., "tol_grad": .., "tol_loss": .., "tol_unique": .., "tol_outlier": ..,
 *  "tol_zero": .., "max_iterations": .., "learning_rate": .., "lr_decay": .., "memory": .., "eigenvalues": true}
 * </pre>
 */
final class SlowPointSpec {

    private static final List<String> KEYS = List.of("type", "size", "gain", "seed", "weights", "bias", "candidates",
            "method", "tolerance", "tol_grad", "tol_loss", "tol_unique", "tol_outlier", "tol_zero", "max_iterations",
            "learning_rate", "lr_decay", "memory", "eigenvalues");
    private static final List<String> CANDIDATE_KEYS = List.of("count", "from", "scale", "duration");
    /** Euler step of the trajectories candidates are sampled from, in units of the RNN's time constant. */
    private static final double EULER_STEP = 0.1;

    private final RateRnn network;
    private final long seed;
    private final int count;
    private final boolean fromTrajectories;
    private final double scale;
    private final double duration;
    private final Parameters options;

    private SlowPointSpec(RateRnn network, long seed, int count, boolean fromTrajectories, double scale,
                          double duration, Parameters options) {
        this.network = network;
        this.seed = seed;
        this.count = count;
        this.fromTrajectories = fromTrajectories;
        this.scale = scale;
        this.duration = duration;
        this.options = options;
    }

    static SlowPointSpec read(Path file) throws IOException {
        Object doc = SpecJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        Path base = file.toAbsolutePath().getParent();
        return of(doc, base);
    }

    @SuppressWarnings("unchecked")
    static SlowPointSpec of(Object doc, Path base) throws IOException {
        if (!(doc instanceof Map)) {
            throw new ParameterException("spec", String.valueOf(doc), "a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) doc;
        checkKeys(m, KEYS, "");
        String type = string(m, "type", "continuous");
        if (!type.equals("continuous") && !type.equals("discrete")) {
            throw new ParameterException("type", type, "continuous or discrete");
        }
        boolean discrete = type.equals("discrete");
        long seed = (long) number(m, "seed", 0, -9.007199254740992E15, 9.007199254740992E15, true);
        RateRnn network;
        if (m.containsKey("weights")) {
            double[][] rows = readMatrix(base.resolve(string(m, "weights", "")), "weights");
            int n = rows.length;
            if (m.containsKey("size") && number(m, "size", n, 1, 1e5, true) != n) {
                throw new ParameterException("size", String.valueOf(m.get("size")),
                        "must match the weights file's " + n + " rows");
            }
            if (m.containsKey("gain")) {
                throw new ParameterException("gain", String.valueOf(m.get("gain")),
                        "only for generated weights; remove it or the weights file");
            }
            double[] w = new double[n * n];
            for (int i = 0; i < n; i++) {
                if (rows[i].length != n) {
                    throw new ParameterException("weights", "row " + (i + 1) + " has " + rows[i].length + " values",
                            "a square matrix: " + n + " rows of " + n + " values");
                }
                System.arraycopy(rows[i], 0, w, i * n, n);
            }
            network = new RateRnn(w, bias(m, base, n), discrete);
        } else {
            if (!m.containsKey("size")) {
                throw new ParameterException("size", "missing", "the number of units, given unless a weights file is");
            }
            int n = (int) number(m, "size", 0, 1, 1e5, true);
            double gain = number(m, "gain", 1.5, 0, 1e6, false);
            network = new RateRnn(RateRnn.randomWeights(n, gain, seed), bias(m, base, n), discrete);
        }
        Map<String, Object> cand = Map.of();
        if (m.containsKey("candidates")) {
            if (!(m.get("candidates") instanceof Map)) {
                throw new ParameterException("candidates", String.valueOf(m.get("candidates")), "a JSON object");
            }
            cand = (Map<String, Object>) m.get("candidates");
            checkKeys(cand, CANDIDATE_KEYS, "candidates.");
        }
        int count = (int) number(cand, "candidates.", "count", 32, 1, 1e6, true);
        String from = string(cand, "candidates.", "from", "trajectories");
        if (!from.equals("trajectories") && !from.equals("uniform")) {
            throw new ParameterException("candidates.from", from, "trajectories or uniform");
        }
        double scale = number(cand, "candidates.", "scale", 1.0, 0, 1e6, false);
        double duration = number(cand, "candidates.", "duration", 20.0, 0, 1e6, false);

        String method = string(m, "method", "lbfgs");
        if (!method.equals("lbfgs") && !method.equals("adam")) {
            throw new ParameterException("method", method, "lbfgs or adam");
        }
        Parameters options = Parameters.empty().with("discrete", discrete ? 1 : 0)
                .with("adam", method.equals("adam") ? 1 : 0);
        for (String key : List.of("tolerance", "tol_grad", "tol_loss", "tol_unique", "tol_outlier", "tol_zero",
                "max_iterations", "learning_rate", "lr_decay", "memory")) {
            if (m.containsKey(key)) {
                options = options.with(key, number(m, key, 0, -Double.MAX_VALUE, Double.MAX_VALUE, false));
            }
        }
        if (m.containsKey("eigenvalues")) {
            if (!(m.get("eigenvalues") instanceof Boolean e)) {
                throw new ParameterException("eigenvalues", String.valueOf(m.get("eigenvalues")), "true or false");
            }
            options = options.with("eigenvalues", e ? 1 : 0);
        }
        SlowPointFinder.Settings.of(options); // validates now, naming the key
        return new SlowPointSpec(network, seed, count, from.equals("trajectories"), scale, duration, options);
    }

    SlowPointFinder.SpecRun run(SlowPointFinder finder) {
        SlowPointFinder.Settings settings = SlowPointFinder.Settings.of(options);
        double[][] candidates = candidates();
        return new SlowPointFinder.SpecRun(network,
                finder.find(network, new double[0], candidates, settings));
    }

    /**
     * Candidates: uniform in [−scale, scale]; or, from trajectories, states reached after {@code duration} (Euler steps
     * of 0.1 for the flow, iterations for the map) from such uniform starts, so that they lie where the dynamics go.
     */
    double[][] candidates() {
        int n = network.size();
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        double[][] out = new double[count][n];
        double[] f = new double[n];
        double[] empty = new double[0];
        for (double[] x : out) {
            for (int i = 0; i < n; i++) {
                x[i] = scale * (2.0 * rnd.nextDouble() - 1.0);
            }
            if (!fromTrajectories) {
                continue;
            }
            long steps = network.discrete() ? Math.round(duration) : Math.round(duration / EULER_STEP);
            for (long s = 0; s < steps; s++) {
                network.derivatives(x, empty, f);
                for (int i = 0; i < n; i++) {
                    x[i] = network.discrete() ? f[i] : x[i] + EULER_STEP * f[i];
                }
            }
        }
        return out;
    }

    private static double[] bias(Map<String, Object> m, Path base, int n) throws IOException {
        Object b = m.get("bias");
        double[] out = new double[n];
        if (b == null) {
            return out;
        }
        if (b instanceof Double d) {
            java.util.Arrays.fill(out, finite("bias", d));
            return out;
        }
        List<?> values;
        if (b instanceof String path) {
            double[][] rows = readMatrix(base.resolve(path), "bias");
            List<Double> flat = new ArrayList<>();
            for (double[] r : rows) {
                for (double v : r) {
                    flat.add(v);
                }
            }
            values = flat;
        } else if (b instanceof List<?> list) {
            values = list;
        } else {
            throw new ParameterException("bias", String.valueOf(b), "a number, an array of size numbers or a file");
        }
        if (values.size() != n) {
            throw new ParameterException("bias", values.size() + " values", "one per unit: " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(values.get(i) instanceof Double d)) {
                throw new ParameterException("bias[" + i + "]", String.valueOf(values.get(i)), "a number");
            }
            out[i] = finite("bias[" + i + "]", d);
        }
        return out;
    }

    private static double finite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new ParameterException(key, String.valueOf(v), "must be finite");
        }
        return v;
    }

    /** Rows of numbers separated by spaces, tabs or commas; blank lines and lines starting with # are skipped. */
    static double[][] readMatrix(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(key, file.toString(), "an existing text file of numbers");
        }
        List<double[]> rows = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            String t = text.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("[\\s,]+");
            double[] row = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                try {
                    row[j] = Double.parseDouble(parts[j]);
                } catch (NumberFormatException e) {
                    throw new ParameterException(key, file.getFileName() + " line " + line + ": '" + parts[j] + "'",
                            "numbers separated by spaces or commas");
                }
                if (!Double.isFinite(row[j])) {
                    throw new ParameterException(key, file.getFileName() + " line " + line + ": " + parts[j],
                            "finite numbers");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ParameterException(key, file.toString(), "at least one row of numbers");
        }
        return rows.toArray(new double[0][]);
    }

    private static void checkKeys(Map<String, Object> m, List<String> known, String prefix) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new ParameterException(prefix + k, String.valueOf(m.get(k)), "not a key of a slow-point spec; "
                        + "known: " + String.join(", ", known));
            }
        }
    }

    private static String string(Map<String, Object> m, String key, String fallback) {
        return string(m, "", key, fallback);
    }

    private static String string(Map<String, Object> m, String prefix, String key, String fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw new ParameterException(prefix + key, String.valueOf(v), "a string");
        }
        return s;
    }

    private static double number(Map<String, Object> m, String key, double fallback, double min, double max,
                                 boolean integer) {
        return number(m, "", key, fallback, min, max, integer);
    }

    private static double number(Map<String, Object> m, String prefix, String key, double fallback, double min,
                                 double max, boolean integer) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Double d) || !Double.isFinite(d) || d < min || d > max
                || (integer && d != Math.rint(d))) {
            throw new ParameterException(prefix + key, String.valueOf(v),
                    (integer ? "an integer" : "a number") + " in [" + min + ", " + max + "]");
        }
        return d;
    }
}
