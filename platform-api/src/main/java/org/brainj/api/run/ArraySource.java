package org.brainj.api.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * Numbers a network spec takes from data rather than from parameters: named arrays written into the spec, or a file
 * that holds them (a {@code .csv}/text table, a {@code .npy} array or a {@code .npz} archive). Used for connectivity
 * given as data ({@code MatConn}, {@code IJConn}, {@code CSRConn}) and for the matrices of a {@link CouplingSpec}.
 *
 * <p>Exactly one of the two forms is present. The arrays are copied in and out, and compared by value, so a spec
 * read twice from the same text is equal. A file is read when the network is built, not here; its path is kept as
 * given (a spec reader resolves relative paths against the spec file first).
 *
 * @param file   the file's path, or null for inline arrays
 * @param arrays the arrays by name (e.g. {@code i}, {@code j}, {@code weights}), in order; empty for a file
 */
public record ArraySource(String file, Map<String, double[]> arrays) {

    /** Checks that exactly one form is given and every value is finite; copies the arrays. */
    public ArraySource {
        Objects.requireNonNull(arrays, "arrays");
        if (file != null && file.isBlank()) {
            throw new ParameterException("file", "'" + file + "'", "a file path, or null for inline arrays");
        }
        if ((file == null) == arrays.isEmpty()) {
            throw new ParameterException("arrays", file == null ? "none" : arrays.keySet().toString(),
                    "give either a file or inline arrays, not " + (file == null ? "neither" : "both"));
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "array name");
            double[] v = Objects.requireNonNull(e.getValue(), name).clone();
            for (int k = 0; k < v.length; k++) {
                if (!Double.isFinite(v[k])) {
                    throw new ParameterException(name + "[" + k + "]", String.valueOf(v[k]), "must be finite");
                }
            }
            copy.put(name, v);
        }
        arrays = Collections.unmodifiableMap(copy);
    }

    /**
     * @param path a file holding the data
     * @return a source reading that file
     */
    public static ArraySource file(String path) {
        return new ArraySource(Objects.requireNonNull(path, "path"), Map.of());
    }

    /**
     * @param name   the array's name
     * @param values its values
     * @return a source of one inline array
     */
    public static ArraySource of(String name, double[] values) {
        return new ArraySource(null, Map.of(name, values));
    }

    /**
     * @param arrays the arrays by name, in order
     * @return a source of inline arrays
     */
    public static ArraySource of(Map<String, double[]> arrays) {
        return new ArraySource(null, arrays);
    }

    /** @return true when the data is in a file */
    public boolean isFile() {
        return file != null;
    }

    /**
     * @param name an array's name
     * @return a copy of that inline array, or null when there is none of that name
     */
    public double[] array(String name) {
        double[] v = arrays.get(name);
        return v == null ? null : v.clone();
    }

    /** @return the arrays by name; the arrays themselves are copies */
    @Override
    public Map<String, double[]> arrays() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        arrays.forEach((k, v) -> copy.put(k, v.clone()));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArraySource)) {
            return false;
        }
        ArraySource s = (ArraySource) o;
        if (!Objects.equals(file, s.file) || !arrays.keySet().equals(s.arrays.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            if (!Arrays.equals(e.getValue(), s.arrays.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(file);
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        if (file != null) {
            return "file(" + file + ")";
        }
        StringBuilder b = new StringBuilder("arrays(");
        String sep = "";
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            b.append(sep).append(e.getKey()).append('[').append(e.getValue().length).append(']');
            sep = ", ";
        }
        return b.append(')').toString();
    }
}
