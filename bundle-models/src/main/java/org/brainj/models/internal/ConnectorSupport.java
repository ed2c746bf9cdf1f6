package org.brainj.models.internal;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;

/**
 * Shared pieces of the connectors: integer and required parameters, the 2-D grid convention, keyed random draws,
 * row sampling without replacement, a growable CSR builder and the dynamic adjacency used by the growth models.
 */
final class ConnectorSupport {

    /** The most entries a CSR matrix holds here (array length limit with head-room). */
    static final int MAX_NNZ = Integer.MAX_VALUE - 8;

    private ConnectorSupport() {
    }

    // ---------------------------------------------------------------- parameters

    /**
     * @param name        the name
     * @param defaultValue the default (inside [min, {@link Integer#MAX_VALUE}])
     * @param min         the smallest allowed value
     * @param description the meaning
     * @return a spec for a whole number; {@link #intValue} checks that the value is whole
     */
    static ParameterSpec intSpec(String name, int defaultValue, int min, String description) {
        return new ParameterSpec(name, "1", defaultValue, min, Integer.MAX_VALUE, false, description);
    }

    /**
     * @param model  the connector, for the message
     * @param params the given values
     * @param spec   the parameter
     * @throws ParameterException when the parameter is not given
     */
    static void require(String model, Parameters params, ParameterSpec spec) {
        if (!params.asMap().containsKey(spec.name())) {
            throw new ParameterException(spec.name(), "missing", "required by " + model + ": " + spec.allowedRange());
        }
    }

    /**
     * @param params the given values
     * @param spec   a spec made by {@link #intSpec}
     * @return the value, or the default
     * @throws ParameterException when out of range or not a whole number
     */
    static int intValue(Parameters params, ParameterSpec spec) {
        double v = params.get(spec);
        if (v != Math.rint(v)) {
            throw new ParameterException(spec.name(), String.valueOf(v), "must be a whole number; "
                    + spec.allowedRange());
        }
        return (int) v;
    }

    /**
     * @param model    the connector
     * @param pre      presynaptic size
     * @param post     postsynaptic size
     * @throws IllegalArgumentException when the sizes differ (the rule connects one population to itself)
     */
    static void requireSameSize(String model, int pre, int post) {
        if (pre != post) {
            throw new IllegalArgumentException(model + " connects a population to itself and needs pre and post "
                    + "of the same size, got pre = " + pre + ", post = " + post);
        }
    }

    // ---------------------------------------------------------------- grid

    /** The width of the 2-D grid; 0 = derive it from the size and the height. */
    static final ParameterSpec WIDTH = intSpec("width", 0, 0,
            "grid columns (neuron k sits at x = k mod width, y = k / width); 0 = size / height");
    /** The height of the 2-D grid; 0 = derive it from the size and the width. */
    static final ParameterSpec HEIGHT = intSpec("height", 0, 0, "grid rows; 0 = size / width");

    /**
     * A width × height grid; neuron k sits at column {@code x = k mod width}, row {@code y = k / width}, which is
     * BrainPy's row-major order for a population of size {@code (height, width)}.
     *
     * @param width  columns
     * @param height rows
     */
    record Grid(int width, int height) {

        /**
         * @param model  the connector, for messages
         * @param pre    presynaptic size
         * @param post   postsynaptic size, equal to pre
         * @param params {@code width} and/or {@code height}
         * @return the grid
         * @throws IllegalArgumentException when the sizes differ
         * @throws ParameterException       when neither is given, or width·height is not the size
         */
        static Grid of(String model, int pre, int post, Parameters params) {
            requireSameSize(model, pre, post);
            int w = intValue(params, WIDTH);
            int h = intValue(params, HEIGHT);
            if (w == 0 && h == 0) {
                throw new ParameterException(WIDTH.name(), "missing", model + " lays the " + pre
                        + " neurons on a width x height grid: give width and/or height (width * height = " + pre
                        + ")");
            }
            if (w == 0) {
                if (pre % h != 0) {
                    throw new ParameterException(HEIGHT.name(), String.valueOf(h), "must divide the size " + pre
                            + " (width = size / height)");
                }
                w = pre / h;
            } else if (h == 0) {
                if (pre % w != 0) {
                    throw new ParameterException(WIDTH.name(), String.valueOf(w), "must divide the size " + pre
                            + " (height = size / width)");
                }
                h = pre / w;
            } else if ((long) w * h != pre) {
                throw new ParameterException(WIDTH.name(), w + " (height = " + h + ")",
                        "width * height must equal the size " + pre);
            }
            return new Grid(w, h);
        }

        /**
         * @param d        coordinate difference
         * @param size     the axis length
         * @param periodic whether the axis wraps
         * @return the distance along the axis, the shorter way round when periodic (as BrainPy: d &gt; size/2
         *         becomes size − d)
         */
        static int axisDistance(int d, int size, boolean periodic) {
            int a = Math.abs(d);
            return periodic && a > size / 2.0 ? size - a : a;
        }
    }

    // ---------------------------------------------------------------- random

    /**
     * A uniform draw addressed by (stream, index, key, d): key (below 2<sup>27</sup>) names a purpose within the
     * index, d (below 2<sup>36</sup>) counts draws for it. Maps to CounterRandom step {@code key << 20 | d >>> 16}
     * and draw {@code d & 0xFFFF}.
     */
    static double uniform(CounterRandom rng, int stream, int index, long key, long d) {
        return rng.uniform(stream, index, (key << 20) | (d >>> 16), (int) (d & 0xFFFF));
    }

    /**
     * @return an integer uniform in [0, n) from {@link #uniform(CounterRandom, int, int, long, long)}
     */
    static int uniformInt(CounterRandom rng, int stream, int index, long key, long d, int n) {
        int r = (int) (uniform(rng, stream, index, key, d) * n);
        return r >= n ? n - 1 : r;
    }

    // ---------------------------------------------------------------- sampling

    /**
     * @param a   ascending values in [lo, hi)
     * @param lo  first position searched
     * @param hi  end of the search, exclusive
     * @param key the value sought
     * @return the first position in [lo, hi) whose value is at least {@code key}, or {@code hi}
     */
    static int firstAtLeast(int[] a, int lo, int hi, int key) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Draws k of the n candidates 0 .. n (one index, {@code skip}, left out when ≥ 0) per call, without replacement
     * by a partial Fisher–Yates shuffle or with replacement, from draws keyed by (stream, index, d). The candidate
     * slots are shared across calls and restored after each, so a call costs O(k).
     */
    static final class Sampler {
        private final int[] slots;
        private final int[] swapped;

        /**
         * @param total the number of indices 0 .. total − 1
         * @param k     the most draws per call
         */
        Sampler(int total, int k) {
            slots = new int[Math.max(total, 0)];
            for (int c = 0; c < slots.length; c++) {
                slots[c] = c;
            }
            swapped = new int[Math.max(k, 0)];
        }

        /**
         * Writes k sorted indices into {@code out[base .. base + k)}.
         *
         * @param rng     the generator
         * @param stream  the stream
         * @param index   the row (or column) the draws belong to
         * @param total   the indices 0 .. total − 1
         * @param skip    an index to leave out, or −1
         * @param k       how many, at most the candidates when {@code multi} is false
         * @param multi   draw with replacement (repeats kept)
         * @param out     the destination
         * @param base    the first position written
         */
        void sample(CounterRandom rng, int stream, int index, int total, int skip, int k, boolean multi, int[] out,
                int base) {
            int n = skip >= 0 && skip < total ? total - 1 : total;
            if (multi) {
                for (int d = 0; d < k; d++) {
                    int c = uniformInt(rng, stream, index, 0, d, n);
                    out[base + d] = skip >= 0 && c >= skip ? c + 1 : c;
                }
            } else {
                for (int d = 0; d < k; d++) {
                    int r = d + uniformInt(rng, stream, index, 0, d, n - d);
                    swapped[d] = r;
                    int tmp = slots[d];
                    slots[d] = slots[r];
                    slots[r] = tmp;
                    int c = slots[d];
                    // Candidate slot c stands for index c, or c + 1 from the skipped index on.
                    out[base + d] = skip >= 0 && c >= skip ? c + 1 : c;
                }
                for (int d = k - 1; d >= 0; d--) {
                    int r = swapped[d];
                    int tmp = slots[d];
                    slots[d] = slots[r];
                    slots[r] = tmp;
                }
            }
            Arrays.sort(out, base, base + k);
        }
    }

    // ---------------------------------------------------------------- building

    /** Builds a CSR matrix row by row with a growable index array. */
    static final class CsrBuilder {
        private final String model;
        private final int rows;
        private final int cols;
        private final int[] indptr;
        private int[] indices;
        private int nnz;
        private int row;

        /**
         * @param model    the connector, for the overflow message
         * @param rows     rows
         * @param cols     columns
         * @param capacity the expected number of entries
         */
        CsrBuilder(String model, int rows, int cols, long capacity) {
            this.model = model;
            this.rows = rows;
            this.cols = cols;
            this.indptr = new int[rows + 1];
            this.indices = new int[(int) Math.max(16, Math.min(capacity, MAX_NNZ))];
        }

        /** @param col a column of the current row */
        void add(int col) {
            if (nnz == indices.length) {
                if (nnz >= MAX_NNZ) {
                    throw new IllegalArgumentException(model + " made more connections than a CSR matrix can "
                            + "index (" + MAX_NNZ + ")");
                }
                indices = Arrays.copyOf(indices, (int) Math.min((long) nnz + (nnz >> 1) + 16, MAX_NNZ));
            }
            indices[nnz++] = col;
        }

        /**
         * Closes the current row.
         *
         * @param sort     sort its columns
         * @param distinct drop repeated columns (after sorting)
         * @param self     a column to drop (the diagonal), or −1
         */
        void endRow(boolean sort, boolean distinct, int self) {
            int start = indptr[row];
            if (sort) {
                Arrays.sort(indices, start, nnz);
            }
            if (distinct || self >= 0) {
                int w = start;
                for (int k = start; k < nnz; k++) {
                    int c = indices[k];
                    if (c == self || (distinct && w > start && indices[w - 1] == c)) {
                        continue;
                    }
                    indices[w++] = c;
                }
                nnz = w;
            }
            indptr[++row] = nnz;
        }

        /** @return the matrix; every row must have been closed */
        CsrMatrix build() {
            if (row != rows) {
                throw new IllegalStateException(row + " of " + rows + " rows closed");
            }
            return new CsrMatrix(rows, cols, indptr, nnz == indices.length ? indices : Arrays.copyOf(indices, nnz),
                    new double[] {1.0});
        }
    }

    /**
     * The edges of a graph grown or rewired one edge at a time: one unsorted list of neighbours per node. Degrees
     * stay small in the models using it, so membership is a linear scan.
     */
    static final class Adjacency {
        private final int[][] lists;
        private final int[] sizes;

        /**
         * @param n       nodes
         * @param initial the starting capacity of each list
         */
        Adjacency(int n, int initial) {
            lists = new int[n][];
            sizes = new int[n];
            for (int i = 0; i < n; i++) {
                lists[i] = new int[Math.max(initial, 2)];
            }
        }

        int size(int u) {
            return sizes[u];
        }

        int get(int u, int k) {
            return lists[u][k];
        }

        boolean contains(int u, int v) {
            int[] a = lists[u];
            for (int k = sizes[u] - 1; k >= 0; k--) {
                if (a[k] == v) {
                    return true;
                }
            }
            return false;
        }

        /** Adds u → v unless present. */
        void add(int u, int v) {
            if (contains(u, v)) {
                return;
            }
            if (sizes[u] == lists[u].length) {
                lists[u] = Arrays.copyOf(lists[u], lists[u].length * 2);
            }
            lists[u][sizes[u]++] = v;
        }

        /** Removes u → v when present. */
        void remove(int u, int v) {
            int[] a = lists[u];
            for (int k = sizes[u] - 1; k >= 0; k--) {
                if (a[k] == v) {
                    a[k] = a[--sizes[u]];
                    return;
                }
            }
        }

        /**
         * @param model the connector, for the overflow message
         * @return the lists as CSR, rows = the nodes, columns sorted
         */
        CsrMatrix toCsr(String model) {
            int n = lists.length;
            long total = 0;
            for (int s : sizes) {
                total += s;
            }
            if (total > MAX_NNZ) {
                throw new IllegalArgumentException(model + " made " + total + " connections, more than a CSR "
                        + "matrix can index (" + MAX_NNZ + ")");
            }
            int[] indptr = new int[n + 1];
            int[] indices = new int[(int) total];
            int k = 0;
            for (int u = 0; u < n; u++) {
                System.arraycopy(lists[u], 0, indices, k, sizes[u]);
                Arrays.sort(indices, k, k + sizes[u]);
                k += sizes[u];
                indptr[u + 1] = k;
            }
            return new CsrMatrix(n, n, indptr, indices, new double[] {1.0});
        }
    }

    /**
     * @param m a matrix with rows = a, columns = b
     * @return its transpose, columns sorted within each row (repeats kept)
     */
    static CsrMatrix transpose(CsrMatrix m) {
        int[] indptr = new int[m.cols() + 1];
        for (int k = 0; k < m.nnz(); k++) {
            indptr[m.indices()[k] + 1]++;
        }
        for (int j = 0; j < m.cols(); j++) {
            indptr[j + 1] += indptr[j];
        }
        int[] next = Arrays.copyOf(indptr, m.cols());
        int[] indices = new int[m.nnz()];
        // Visiting source rows in order leaves every target row sorted.
        for (int i = 0; i < m.rows(); i++) {
            for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                indices[next[m.indices()[k]]++] = i;
            }
        }
        return new CsrMatrix(m.cols(), m.rows(), indptr, indices, m.data());
    }
}
