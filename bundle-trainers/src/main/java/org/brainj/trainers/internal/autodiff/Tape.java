package org.brainj.trainers.internal.autodiff;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.ops.CsrMatrix;

/**
 * A reverse-mode automatic-differentiation tape over row-major {@code double} matrices. Every operation appends a
 * node holding its result in one shared value arena; {@link #backward(int)} walks the nodes in reverse and
 * accumulates ∂out/∂node into a parallel gradient arena. A node is a matrix of {@code rows × cols}; the first
 * dimension is the batch wherever an operation broadcasts (e.g. {@link #addRow}).
 *
 * <p>Recording a network over time steps gives back-propagation through time: memory grows with
 * steps × state. {@link #mark()} and {@link #truncate(int)} let a caller drop a recorded segment and re-record it
 * later from saved state (gradient checkpointing, see {@code org.brainj.trainers.internal.snn.SpikingNetwork}).
 *
 * <p>Buffers grow on first use and are reused after {@link #reset()}, so recording the same graph again allocates
 * nothing. A tape is not thread-safe: use one per thread.
 */
public final class Tape {

    private static final int LEAF = 0;
    private static final int ADD = 1;
    private static final int SUB = 2;
    private static final int MUL = 3;
    private static final int DIV = 4;
    private static final int ADD_ROW = 5;
    private static final int MUL_ROW = 6;
    private static final int SCALE = 7;
    private static final int ADD_SCALAR = 8;
    private static final int COMBINE = 9;
    private static final int EXP = 10;
    private static final int LOG = 11;
    private static final int TANH = 12;
    private static final int SIGMOID = 13;
    private static final int SQRT = 14;
    private static final int SQUARE = 15;
    private static final int SIN = 16;
    private static final int COS = 17;
    private static final int RELU = 18;
    private static final int ABS = 19;
    private static final int POW = 20;
    private static final int MATMUL = 21;
    private static final int MATMUL_TB = 22;
    private static final int TRANSPOSE = 23;
    private static final int CSR_MATMUL = 24;
    private static final int SUM = 25;
    private static final int SUM_COLS = 26;
    private static final int SUM_ROWS = 27;
    private static final int GATHER = 28;
    private static final int SCATTER_ADD = 29;
    private static final int SPIKE = 30;
    private static final int RESET = 31;
    private static final int DETACH = 32;
    private static final int MEAN = 33;

    /** Reset modes of {@link #reset(int, int, double, boolean, boolean)}. */
    private static final int RESET_DETACH = 1;
    private static final int RESET_SOFT = 2;

    private int count;
    private int[] op = new int[64];
    private int[] inA = new int[64];
    private int[] inB = new int[64];
    private int[] inC = new int[64];
    private int[] offset = new int[65];
    private int[] rowsOf = new int[64];
    private int[] colsOf = new int[64];
    private int[] flag = new int[64];
    private boolean[] needsGrad = new boolean[64];
    private double[] kA = new double[64];
    private double[] kB = new double[64];
    private Object[] ref = new Object[64];

    private double[] value = new double[1024];
    private double[] scratch = new double[0];
    private double[] grad = new double[1024];

    /** Creates an empty tape. */
    public Tape() {
    }

    // ------------------------------------------------------------------ bookkeeping

    /** Drops every node; buffers are kept for the next recording. */
    public void reset() {
        truncate(0);
    }

    /** @return the number of nodes so far, usable with {@link #truncate(int)} and {@link #backward(int)} */
    public int mark() {
        return count;
    }

    /**
     * Drops the nodes recorded since {@code mark}; their ids become invalid.
     *
     * @param mark a value of {@link #mark()}
     */
    public void truncate(int mark) {
        if (mark < 0 || mark > count) {
            throw new IllegalArgumentException("mark " + mark + " is outside [0, " + count + "]");
        }
        for (int n = mark; n < count; n++) {
            ref[n] = null;
        }
        count = mark;
    }

    /** @return the number of doubles of value storage in use (the tape's memory, × 2 with gradients) */
    public int arenaSize() {
        return offset[count];
    }

    private int newNode(int code, int rows, int cols, int a, int b, int c, boolean grads) {
        if (count == op.length) {
            int n = op.length * 2;
            op = Arrays.copyOf(op, n);
            inA = Arrays.copyOf(inA, n);
            inB = Arrays.copyOf(inB, n);
            inC = Arrays.copyOf(inC, n);
            offset = Arrays.copyOf(offset, n + 1);
            rowsOf = Arrays.copyOf(rowsOf, n);
            colsOf = Arrays.copyOf(colsOf, n);
            flag = Arrays.copyOf(flag, n);
            needsGrad = Arrays.copyOf(needsGrad, n);
            kA = Arrays.copyOf(kA, n);
            kB = Arrays.copyOf(kB, n);
            ref = Arrays.copyOf(ref, n);
        }
        int start = offset[count];
        long end = (long) start + (long) rows * cols;
        if (end > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("tape arena would exceed 2^31 values; use gradient checkpointing");
        }
        if (end > value.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * value.length));
            value = Arrays.copyOf(value, n);
            grad = Arrays.copyOf(grad, n);
        }
        int id = count++;
        op[id] = code;
        inA[id] = a;
        inB[id] = b;
        inC[id] = c;
        rowsOf[id] = rows;
        colsOf[id] = cols;
        flag[id] = 0;
        kA[id] = 0.0;
        kB[id] = 0.0;
        ref[id] = null;
        needsGrad[id] = grads;
        offset[id + 1] = (int) end;
        Arrays.fill(grad, start, (int) end, 0.0);
        return id;
    }

    private void check(int node) {
        if (node < 0 || node >= count) {
            throw new IllegalArgumentException("node " + node + " is not on the tape (it has " + count + " nodes)");
        }
    }

    private static String shape(int rows, int cols) {
        return "[" + rows + " x " + cols + "]";
    }

    private String shapeOf(int node) {
        return shape(rowsOf[node], colsOf[node]);
    }

    private void sameShape(String what, int a, int b) {
        check(a);
        check(b);
        if (rowsOf[a] != rowsOf[b] || colsOf[a] != colsOf[b]) {
            throw new IllegalArgumentException(what + ": shapes differ, " + shapeOf(a) + " and " + shapeOf(b));
        }
    }

    // ------------------------------------------------------------------ access

    /** @return the value arena; node {@code n} occupies {@code [offset(n), offset(n) + length(n))} */
    public double[] values() {
        return value;
    }

    /** @return the gradient arena, laid out like {@link #values()} */
    public double[] gradients() {
        return grad;
    }

    /**
     * @param node a node
     * @return its start in {@link #values()} and {@link #gradients()}
     */
    public int offset(int node) {
        check(node);
        return offset[node];
    }

    /**
     * @param node a node
     * @return its number of rows
     */
    public int rows(int node) {
        check(node);
        return rowsOf[node];
    }

    /**
     * @param node a node
     * @return its number of columns
     */
    public int cols(int node) {
        check(node);
        return colsOf[node];
    }

    /**
     * @param node a node
     * @return rows × cols
     */
    public int length(int node) {
        check(node);
        return offset[node + 1] - offset[node];
    }

    /**
     * @param node a node
     * @param dst  receives its values, from index 0
     */
    public void copyValue(int node, double[] dst) {
        check(node);
        System.arraycopy(value, offset[node], dst, 0, length(node));
    }

    /**
     * @param node a node
     * @param dst  receives ∂out/∂node after {@link #backward(int)}, from index 0
     */
    public void copyGradient(int node, double[] dst) {
        check(node);
        System.arraycopy(grad, offset[node], dst, 0, length(node));
    }

    /**
     * Adds {@code scale · src} to a node's gradient: the seed of the backward pass (∂loss/∂output).
     *
     * @param node  a node
     * @param src   the gradient, length rows × cols
     * @param scale factor
     */
    public void seed(int node, double[] src, double scale) {
        seed(node, src, 0, scale);
    }

    /**
     * Adds {@code scale · src[start ..]} to a node's gradient.
     *
     * @param node  a node
     * @param src   holds the gradient from {@code start}, rows × cols values
     * @param start index of the first value in {@code src}
     * @param scale factor
     */
    public void seed(int node, double[] src, int start, double scale) {
        check(node);
        int n = length(node);
        if (start < 0 || src.length - start < n) {
            throw new IllegalArgumentException("seed of node " + shapeOf(node) + ": expected " + n
                    + " values from index " + start + ", the source has " + src.length);
        }
        int o = offset[node];
        for (int i = 0; i < n; i++) {
            grad[o + i] += scale * src[start + i];
        }
    }

    // ------------------------------------------------------------------ leaves

    /**
     * @param src  values, row-major, copied
     * @param rows rows
     * @param cols columns
     * @return a leaf whose gradient is accumulated (a parameter or an input of interest)
     */
    public int variable(double[] src, int rows, int cols) {
        return leaf(src, 0, cols, rows, cols, true);
    }

    /**
     * @param src  values, row-major, copied
     * @param rows rows
     * @param cols columns
     * @return a leaf without gradient (data, fixed state)
     */
    public int constant(double[] src, int rows, int cols) {
        return leaf(src, 0, cols, rows, cols, false);
    }

    /**
     * Copies a strided block: row r of the leaf is {@code src[start + r·stride .. + cols)}, e.g. one time step of a
     * batch of sequences stored as batch × (steps × features).
     *
     * @param src       the source
     * @param start     index of element (0, 0)
     * @param stride    distance between rows in {@code src}
     * @param rows      rows
     * @param cols      columns
     * @param gradients whether the leaf's gradient is accumulated
     * @return the leaf
     */
    public int leaf(double[] src, int start, int stride, int rows, int cols, boolean gradients) {
        Objects.requireNonNull(src, "src");
        if (rows < 0 || cols < 0 || start < 0 || (rows > 0 && (long) start + (long) (rows - 1) * stride + cols
                > src.length)) {
            throw new IllegalArgumentException("leaf " + shape(rows, cols) + " from index " + start
                    + " with row stride " + stride + " does not fit a source of " + src.length + " values");
        }
        int id = newNode(LEAF, rows, cols, -1, -1, -1, gradients);
        int o = offset[id];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, start + r * stride, value, o + r * cols, cols);
        }
        return id;
    }

    /**
     * @param rows rows
     * @param cols columns
     * @param fill the value of every element
     * @return a constant leaf
     */
    public int filled(int rows, int cols, double fill) {
        int id = newNode(LEAF, rows, cols, -1, -1, -1, false);
        Arrays.fill(value, offset[id], offset[id + 1], fill);
        return id;
    }

    /**
     * @param rows rows
     * @param cols columns
     * @param fill the value of every element
     * @return a leaf whose gradient is accumulated (e.g. a state carried into a recomputed segment)
     */
    public int filledVariable(int rows, int cols, double fill) {
        int id = newNode(LEAF, rows, cols, -1, -1, -1, true);
        Arrays.fill(value, offset[id], offset[id + 1], fill);
        return id;
    }

    // ------------------------------------------------------------------ element-wise

    private int binary(int code, String name, int a, int b) {
        sameShape(name, a, b);
        int id = newNode(code, rowsOf[a], colsOf[a], a, b, -1, needsGrad[a] || needsGrad[b]);
        int n = offset[id + 1] - offset[id];
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[b];
        switch (code) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    value[o + i] = value[oa + i] + value[ob + i];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    value[o + i] = value[oa + i] - value[ob + i];
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    value[o + i] = value[oa + i] * value[ob + i];
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    value[o + i] = value[oa + i] / value[ob + i];
                }
            }
        }
        return id;
    }

    /** @return a + b (same shapes) */
    public int add(int a, int b) {
        return binary(ADD, "add", a, b);
    }

    /** @return a − b (same shapes) */
    public int sub(int a, int b) {
        return binary(SUB, "sub", a, b);
    }

    /** @return a ⊙ b (same shapes) */
    public int mul(int a, int b) {
        return binary(MUL, "mul", a, b);
    }

    /** @return a / b element-wise (same shapes) */
    public int div(int a, int b) {
        return binary(DIV, "div", a, b);
    }

    private int rowBroadcast(int code, String name, int a, int row) {
        check(a);
        check(row);
        if (rowsOf[row] != 1 || colsOf[row] != colsOf[a]) {
            throw new IllegalArgumentException(name + ": the row operand must be " + shape(1, colsOf[a])
                    + " to broadcast over " + shapeOf(a) + ", got " + shapeOf(row));
        }
        int rows = rowsOf[a];
        int cols = colsOf[a];
        int id = newNode(code, rows, cols, a, row, -1, needsGrad[a] || needsGrad[row]);
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[row];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            if (code == ADD_ROW) {
                for (int j = 0; j < cols; j++) {
                    value[o + base + j] = value[oa + base + j] + value[ob + j];
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    value[o + base + j] = value[oa + base + j] * value[ob + j];
                }
            }
        }
        return id;
    }

    /**
     * @param a   batch × n
     * @param row 1 × n (e.g. a bias)
     * @return a + row, broadcast over the rows of a
     */
    public int addRow(int a, int row) {
        return rowBroadcast(ADD_ROW, "addRow", a, row);
    }

    /**
     * @param a   batch × n
     * @param row 1 × n (e.g. per-neuron decay factors)
     * @return a ⊙ row, broadcast over the rows of a
     */
    public int mulRow(int a, int row) {
        return rowBroadcast(MUL_ROW, "mulRow", a, row);
    }

    /** @return k·a */
    public int scale(int a, double k) {
        return combine(a, -1, k, 0.0, SCALE);
    }

    /** @return a + k */
    public int addScalar(int a, double k) {
        check(a);
        int id = newNode(ADD_SCALAR, rowsOf[a], colsOf[a], a, -1, -1, needsGrad[a]);
        kA[id] = k;
        int o = offset[id];
        int oa = offset[a];
        int n = offset[id + 1] - o;
        for (int i = 0; i < n; i++) {
            value[o + i] = value[oa + i] + k;
        }
        return id;
    }

    /**
     * The leaky update of most neuron models in one node.
     *
     * @return ka·a + kb·b (same shapes)
     */
    public int combine(int a, int b, double ka, double kb) {
        sameShape("combine", a, b);
        return combine(a, b, ka, kb, COMBINE);
    }

    private int combine(int a, int b, double ka, double kb, int code) {
        check(a);
        boolean g = needsGrad[a] || (b >= 0 && needsGrad[b]);
        int id = newNode(code, rowsOf[a], colsOf[a], a, b, -1, g);
        kA[id] = ka;
        kB[id] = kb;
        int o = offset[id];
        int oa = offset[a];
        int n = offset[id + 1] - o;
        if (b < 0) {
            for (int i = 0; i < n; i++) {
                value[o + i] = ka * value[oa + i];
            }
        } else {
            int ob = offset[b];
            for (int i = 0; i < n; i++) {
                value[o + i] = ka * value[oa + i] + kb * value[ob + i];
            }
        }
        return id;
    }

    private int unary(int code, int a, double k) {
        check(a);
        int id = newNode(code, rowsOf[a], colsOf[a], a, -1, -1, needsGrad[a]);
        kA[id] = k;
        int o = offset[id];
        int oa = offset[a];
        int n = offset[id + 1] - o;
        for (int i = 0; i < n; i++) {
            double x = value[oa + i];
            value[o + i] = switch (code) {
                case EXP -> Math.exp(x);
                case LOG -> Math.log(x);
                case TANH -> Math.tanh(x);
                case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
                case SQRT -> Math.sqrt(x);
                case SQUARE -> x * x;
                case SIN -> Math.sin(x);
                case COS -> Math.cos(x);
                case RELU -> x > 0.0 ? x : 0.0;
                case ABS -> Math.abs(x);
                case POW -> Math.pow(x, k);
                default -> throw new IllegalStateException("unary op " + code);
            };
        }
        return id;
    }

    /** @return e^a */
    public int exp(int a) {
        return unary(EXP, a, 0);
    }

    /** @return ln a */
    public int log(int a) {
        return unary(LOG, a, 0);
    }

    /** @return tanh a */
    public int tanh(int a) {
        return unary(TANH, a, 0);
    }

    /** @return 1 / (1 + e^−a) */
    public int sigmoid(int a) {
        return unary(SIGMOID, a, 0);
    }

    /** @return √a */
    public int sqrt(int a) {
        return unary(SQRT, a, 0);
    }

    /** @return a² */
    public int square(int a) {
        return unary(SQUARE, a, 0);
    }

    /** @return sin a */
    public int sin(int a) {
        return unary(SIN, a, 0);
    }

    /** @return cos a */
    public int cos(int a) {
        return unary(COS, a, 0);
    }

    /** @return max(a, 0), with derivative 0 at 0 */
    public int relu(int a) {
        return unary(RELU, a, 0);
    }

    /** @return |a|, with derivative 0 at 0 */
    public int abs(int a) {
        return unary(ABS, a, 0);
    }

    /** @return a^p for a constant exponent p */
    public int pow(int a, double p) {
        return unary(POW, a, p);
    }

    /**
     * Cuts the gradient: the value passes, nothing flows back (e.g. a spike used in a reset).
     *
     * @return a copy of a's value without gradient
     */
    public int detach(int a) {
        check(a);
        int id = newNode(DETACH, rowsOf[a], colsOf[a], a, -1, -1, false);
        System.arraycopy(value, offset[a], value, offset[id], offset[id + 1] - offset[id]);
        return id;
    }

    // ------------------------------------------------------------------ linear algebra

    /**
     * Dense matrix product; with {@code a} of one row it is a vector-matrix product. Zero entries of {@code a}
     * (silent neurons) are skipped, so a spike train input costs only its events.
     *
     * @param a m × k
     * @param b k × n
     * @return a·b, m × n
     */
    public int matmul(int a, int b) {
        check(a);
        check(b);
        int m = rowsOf[a];
        int k = colsOf[a];
        int n = colsOf[b];
        if (rowsOf[b] != k) {
            throw new IllegalArgumentException("matmul: inner dimensions differ, " + shapeOf(a) + " · " + shapeOf(b));
        }
        int id = newNode(MATMUL, m, n, a, b, -1, needsGrad[a] || needsGrad[b]);
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[b];
        Arrays.fill(value, o, o + m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int oi = o + i * n;
            for (int p = 0; p < k; p++) {
                double x = value[oa + i * k + p];
                if (x != 0.0) {
                    int bp = ob + p * n;
                    for (int j = 0; j < n; j++) {
                        value[oi + j] += x * value[bp + j];
                    }
                }
            }
        }
        return id;
    }

    /**
     * Product with a transposed right operand; {@code matmulTransposed(x, W)} with W out × in is the mat-vec
     * W·x of each row of x.
     *
     * @param a m × k
     * @param b n × k
     * @return a·bᵀ, m × n
     */
    public int matmulTransposed(int a, int b) {
        check(a);
        check(b);
        int m = rowsOf[a];
        int k = colsOf[a];
        int n = rowsOf[b];
        if (colsOf[b] != k) {
            throw new IllegalArgumentException("matmulTransposed: inner dimensions differ, " + shapeOf(a)
                    + " · transpose of " + shapeOf(b));
        }
        int id = newNode(MATMUL_TB, m, n, a, b, -1, needsGrad[a] || needsGrad[b]);
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[b];
        for (int i = 0; i < m; i++) {
            int ai = oa + i * k;
            for (int j = 0; j < n; j++) {
                int bj = ob + j * k;
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += value[ai + p] * value[bj + p];
                }
                value[o + i * n + j] = s;
            }
        }
        return id;
    }

    /** @return aᵀ */
    public int transpose(int a) {
        check(a);
        int m = rowsOf[a];
        int n = colsOf[a];
        int id = newNode(TRANSPOSE, n, m, a, -1, -1, needsGrad[a]);
        int o = offset[id];
        int oa = offset[a];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                value[o + j * m + i] = value[oa + i * n + j];
            }
        }
        return id;
    }

    /**
     * Event-driven sparse product: each row of {@code x} (presynaptic activity) times a CSR matrix
     * (rows = presynaptic, columns = postsynaptic). Zero entries of x are skipped, so the cost is
     * events × fan-out.
     *
     * @param x       batch × matrix.rows()
     * @param matrix  the connectivity; its {@code data} is used when {@code weights} is negative
     * @param weights a 1 × nnz node of trainable weights in CSR order, or −1 to use {@code matrix.data()}
     * @return batch × matrix.cols()
     */
    public int csrMatmul(int x, CsrMatrix matrix, int weights) {
        check(x);
        Objects.requireNonNull(matrix, "matrix");
        if (colsOf[x] != matrix.rows()) {
            throw new IllegalArgumentException("csrMatmul: x is " + shapeOf(x) + ", the matrix has "
                    + matrix.rows() + " rows (expected x with " + matrix.rows() + " columns)");
        }
        if (weights >= 0) {
            check(weights);
            if (offset[weights + 1] - offset[weights] != matrix.nnz()) {
                throw new IllegalArgumentException("csrMatmul: weights are " + shapeOf(weights)
                        + ", expected " + shape(1, matrix.nnz()) + " (one per stored entry)");
            }
        }
        int batch = rowsOf[x];
        int pre = matrix.rows();
        int post = matrix.cols();
        int id = newNode(CSR_MATMUL, batch, post, x, weights, -1,
                needsGrad[x] || (weights >= 0 && needsGrad[weights]));
        ref[id] = matrix;
        int o = offset[id];
        int ox = offset[x];
        int[] indptr = matrix.indptr();
        int[] indices = matrix.indices();
        double[] w = weights >= 0 ? value : matrix.data();
        int ow = weights >= 0 ? offset[weights] : 0;
        boolean homogeneous = weights < 0 && matrix.homogeneous();
        Arrays.fill(value, o, o + batch * post, 0.0);
        for (int b = 0; b < batch; b++) {
            int ob = o + b * post;
            for (int i = 0; i < pre; i++) {
                double xi = value[ox + b * pre + i];
                if (xi == 0.0) {
                    continue;
                }
                for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                    value[ob + indices[e]] += xi * (homogeneous ? w[0] : w[ow + e]);
                }
            }
        }
        return id;
    }

    // ------------------------------------------------------------------ reductions, gather, scatter

    /** @return the sum of all elements, 1 × 1 */
    public int sum(int a) {
        return total(SUM, a, 1.0);
    }

    /** @return the mean of all elements, 1 × 1 */
    public int mean(int a) {
        check(a);
        return total(MEAN, a, 1.0 / Math.max(1, offset[a + 1] - offset[a]));
    }

    private int total(int code, int a, double k) {
        check(a);
        int id = newNode(code, 1, 1, a, -1, -1, needsGrad[a]);
        kA[id] = k;
        double s = 0.0;
        for (int i = offset[a]; i < offset[a + 1]; i++) {
            s += value[i];
        }
        value[offset[id]] = k * s;
        return id;
    }

    /** @return the sum over the columns of each row, rows × 1 (e.g. per sample) */
    public int sumCols(int a) {
        check(a);
        int m = rowsOf[a];
        int n = colsOf[a];
        int id = newNode(SUM_COLS, m, 1, a, -1, -1, needsGrad[a]);
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += value[offset[a] + i * n + j];
            }
            value[offset[id] + i] = s;
        }
        return id;
    }

    /** @return the sum over the rows (the batch), 1 × cols */
    public int sumRows(int a) {
        check(a);
        int m = rowsOf[a];
        int n = colsOf[a];
        int id = newNode(SUM_ROWS, 1, n, a, -1, -1, needsGrad[a]);
        int o = offset[id];
        Arrays.fill(value, o, o + n, 0.0);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                value[o + j] += value[offset[a] + i * n + j];
            }
        }
        return id;
    }

    /**
     * Column gather, row by row: {@code out[r][j] = a[r][index[j]]}.
     *
     * @param a     rows × n
     * @param index column indices in [0, n), shared (not copied; keep it unchanged while the tape lives)
     * @return rows × index.length
     */
    public int gather(int a, int[] index) {
        check(a);
        int n = colsOf[a];
        for (int j = 0; j < index.length; j++) {
            if (index[j] < 0 || index[j] >= n) {
                throw new IllegalArgumentException("gather: index[" + j + "] = " + index[j] + " is outside [0, "
                        + n + ") for " + shapeOf(a));
            }
        }
        int m = rowsOf[a];
        int id = newNode(GATHER, m, index.length, a, -1, -1, needsGrad[a]);
        ref[id] = index;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < index.length; j++) {
                value[offset[id] + i * index.length + j] = value[offset[a] + i * n + index[j]];
            }
        }
        return id;
    }

    /**
     * Column scatter-add, row by row: {@code out[r][index[j]] += a[r][j]}, other entries 0.
     *
     * @param a     rows × index.length
     * @param index target columns in [0, cols), shared (not copied)
     * @param cols  columns of the result
     * @return rows × cols
     */
    public int scatterAdd(int a, int[] index, int cols) {
        check(a);
        if (index.length != colsOf[a]) {
            throw new IllegalArgumentException("scatterAdd: " + index.length + " indices for " + shapeOf(a)
                    + " (expected " + colsOf[a] + ")");
        }
        for (int j = 0; j < index.length; j++) {
            if (index[j] < 0 || index[j] >= cols) {
                throw new IllegalArgumentException("scatterAdd: index[" + j + "] = " + index[j]
                        + " is outside [0, " + cols + ")");
            }
        }
        int m = rowsOf[a];
        int id = newNode(SCATTER_ADD, m, cols, a, -1, -1, needsGrad[a]);
        ref[id] = index;
        int o = offset[id];
        Arrays.fill(value, o, o + m * cols, 0.0);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < index.length; j++) {
                value[o + i * cols + index[j]] += value[offset[a] + i * index.length + j];
            }
        }
        return id;
    }

    // ------------------------------------------------------------------ spiking

    /**
     * The spike function of x = (V − V_th)/scale: forward {@code f.forward(x)}, backward {@code f.backward(x)}.
     *
     * @param x the scaled distance to threshold
     * @param f the spike function (Heaviside with a surrogate for training)
     * @return the spikes, same shape
     */
    public int spike(int x, SpikeFunction f) {
        check(x);
        Objects.requireNonNull(f, "spike function");
        int id = newNode(SPIKE, rowsOf[x], colsOf[x], x, -1, -1, needsGrad[x]);
        ref[id] = f;
        int o = offset[id];
        int ox = offset[x];
        int n = offset[id + 1] - o;
        for (int i = 0; i < n; i++) {
            value[o + i] = f.forward(value[ox + i]);
        }
        return id;
    }

    /**
     * The reset after a spike s ∈ [0, 1]: hard, {@code v (1 − s) + r s} (r = reset potential), or soft,
     * {@code v − r s} (r = threshold − reset, subtracted). With {@code detach} the spike is a constant in this
     * node: no gradient flows through the reset into s (Zenke &amp; Vogels 2021 found this helps learning).
     *
     * @param v      membrane potential
     * @param s      spikes, same shape
     * @param r      reset potential (hard) or amount subtracted (soft)
     * @param soft   subtractive instead of hard reset
     * @param detach no gradient into s
     * @return the reset potential
     */
    public int reset(int v, int s, double r, boolean soft, boolean detach) {
        sameShape("reset", v, s);
        boolean g = needsGrad[v] || (!detach && needsGrad[s]);
        int id = newNode(RESET, rowsOf[v], colsOf[v], v, s, -1, g);
        flag[id] = (detach ? RESET_DETACH : 0) | (soft ? RESET_SOFT : 0);
        kA[id] = r;
        int o = offset[id];
        int ov = offset[v];
        int os = offset[s];
        int n = offset[id + 1] - o;
        if (soft) {
            for (int i = 0; i < n; i++) {
                value[o + i] = value[ov + i] - r * value[os + i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                double sp = value[os + i];
                value[o + i] = value[ov + i] * (1.0 - sp) + r * sp;
            }
        }
        return id;
    }

    // ------------------------------------------------------------------ backward

    /**
     * Back-propagates the seeded gradients from the last node down to node {@code from}, accumulating into the
     * gradients of every node that needs one. Gradients of nodes before {@code from} (e.g. parameters recorded
     * first) are accumulated into, not cleared, which is what a recomputed segment needs.
     *
     * @param from the lowest node to visit (0 for the whole tape)
     */
    public void backward(int from) {
        if (from < 0 || from > count) {
            throw new IllegalArgumentException("from " + from + " is outside [0, " + count + "]");
        }
        for (int id = count - 1; id >= from; id--) {
            if (needsGrad[id] && op[id] != LEAF && op[id] != DETACH) {
                backwardNode(id);
            }
        }
    }

    private void backwardNode(int id) {
        int a = inA[id];
        int b = inB[id];
        int o = offset[id];
        int n = offset[id + 1] - o;
        int oa = a >= 0 ? offset[a] : 0;
        int ob = b >= 0 ? offset[b] : 0;
        boolean ga = a >= 0 && needsGrad[a];
        boolean gb = b >= 0 && needsGrad[b];
        switch (op[id]) {
            case ADD, SUB -> {
                double sign = op[id] == ADD ? 1.0 : -1.0;
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    if (ga) {
                        grad[oa + i] += g;
                    }
                    if (gb) {
                        grad[ob + i] += sign * g;
                    }
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    if (ga) {
                        grad[oa + i] += g * value[ob + i];
                    }
                    if (gb) {
                        grad[ob + i] += g * value[oa + i];
                    }
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    double d = value[ob + i];
                    if (ga) {
                        grad[oa + i] += g / d;
                    }
                    if (gb) {
                        grad[ob + i] -= g * value[o + i] / d;
                    }
                }
            }
            case ADD_ROW, MUL_ROW -> {
                int rows = rowsOf[id];
                int cols = colsOf[id];
                boolean mulRow = op[id] == MUL_ROW;
                for (int r = 0; r < rows; r++) {
                    int base = r * cols;
                    for (int j = 0; j < cols; j++) {
                        double g = grad[o + base + j];
                        if (ga) {
                            grad[oa + base + j] += mulRow ? g * value[ob + j] : g;
                        }
                        if (gb) {
                            grad[ob + j] += mulRow ? g * value[oa + base + j] : g;
                        }
                    }
                }
            }
            case SCALE, COMBINE -> {
                double ka = kA[id];
                double kb = kB[id];
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    if (ga) {
                        grad[oa + i] += ka * g;
                    }
                    if (gb) {
                        grad[ob + i] += kb * g;
                    }
                }
            }
            case ADD_SCALAR -> {
                for (int i = 0; i < n; i++) {
                    grad[oa + i] += grad[o + i];
                }
            }
            case EXP, LOG, TANH, SIGMOID, SQRT, SQUARE, SIN, COS, RELU, ABS, POW -> unaryBackward(id, o, oa, n);
            case MATMUL -> matmulBackward(id, a, b, ga, gb);
            case MATMUL_TB -> matmulTransposedBackward(id, a, b, ga, gb);
            case TRANSPOSE -> {
                int m = rowsOf[a];
                int c = colsOf[a];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < c; j++) {
                        grad[oa + i * c + j] += grad[o + j * m + i];
                    }
                }
            }
            case CSR_MATMUL -> csrBackward(id, a, b, ga, gb);
            case SUM, MEAN -> {
                double g = kA[id] * grad[o];
                for (int i = oa; i < offset[a + 1]; i++) {
                    grad[i] += g;
                }
            }
            case SUM_COLS -> {
                int c = colsOf[a];
                for (int i = 0; i < rowsOf[a]; i++) {
                    double g = grad[o + i];
                    for (int j = 0; j < c; j++) {
                        grad[oa + i * c + j] += g;
                    }
                }
            }
            case SUM_ROWS -> {
                int c = colsOf[a];
                for (int i = 0; i < rowsOf[a]; i++) {
                    for (int j = 0; j < c; j++) {
                        grad[oa + i * c + j] += grad[o + j];
                    }
                }
            }
            case GATHER -> {
                int[] index = (int[]) ref[id];
                int c = colsOf[a];
                for (int i = 0; i < rowsOf[a]; i++) {
                    for (int j = 0; j < index.length; j++) {
                        grad[oa + i * c + index[j]] += grad[o + i * index.length + j];
                    }
                }
            }
            case SCATTER_ADD -> {
                int[] index = (int[]) ref[id];
                int c = colsOf[id];
                for (int i = 0; i < rowsOf[a]; i++) {
                    for (int j = 0; j < index.length; j++) {
                        grad[oa + i * index.length + j] += grad[o + i * c + index[j]];
                    }
                }
            }
            case SPIKE -> {
                SpikeFunction f = (SpikeFunction) ref[id];
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    if (g != 0.0) {
                        grad[oa + i] += g * f.backward(value[oa + i]);
                    }
                }
            }
            case RESET -> {
                boolean soft = (flag[id] & RESET_SOFT) != 0;
                boolean intoSpike = gb && (flag[id] & RESET_DETACH) == 0;
                double r = kA[id];
                for (int i = 0; i < n; i++) {
                    double g = grad[o + i];
                    double sp = value[ob + i];
                    if (ga) {
                        grad[oa + i] += soft ? g : g * (1.0 - sp);
                    }
                    if (intoSpike) {
                        grad[ob + i] += soft ? -r * g : g * (r - value[oa + i]);
                    }
                }
            }
            default -> throw new IllegalStateException("no backward for op " + op[id]);
        }
    }

    private void unaryBackward(int id, int o, int oa, int n) {
        int code = op[id];
        double k = kA[id];
        for (int i = 0; i < n; i++) {
            double g = grad[o + i];
            double x = value[oa + i];
            double y = value[o + i];
            double d = switch (code) {
                case EXP -> y;
                case LOG -> 1.0 / x;
                case TANH -> 1.0 - y * y;
                case SIGMOID -> y * (1.0 - y);
                case SQRT -> 0.5 / y;
                case SQUARE -> 2.0 * x;
                case SIN -> Math.cos(x);
                case COS -> -Math.sin(x);
                case RELU -> x > 0.0 ? 1.0 : 0.0;
                case ABS -> x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
                default -> k * Math.pow(x, k - 1.0);
            };
            grad[oa + i] += g * d;
        }
    }

    private void matmulBackward(int id, int a, int b, boolean ga, boolean gb) {
        int m = rowsOf[a];
        int k = colsOf[a];
        int n = colsOf[b];
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[b];
        if (ga) {
            // dA = dY · Bᵀ as row updates dA[i,:] += dY[i,j] · Bᵀ[j,:] over a transposed copy of B: unlike dot
            // products (a serial floating-point reduction) these independent updates vectorise.
            if (scratch.length < k * n) {
                scratch = new double[k * n];
            }
            for (int p = 0; p < k; p++) {
                int bp = ob + p * n;
                for (int j = 0; j < n; j++) {
                    scratch[j * k + p] = value[bp + j];
                }
            }
            for (int i = 0; i < m; i++) {
                int gi = o + i * n;
                int ai = oa + i * k;
                for (int j = 0; j < n; j++) {
                    double g = grad[gi + j];
                    if (g != 0.0) {
                        int bj = j * k;
                        for (int p = 0; p < k; p++) {
                            grad[ai + p] += g * scratch[bj + p];
                        }
                    }
                }
            }
        }
        if (gb) {
            // dB = Aᵀ · dY, skipping zero entries of A (silent neurons contribute nothing).
            for (int i = 0; i < m; i++) {
                int gi = o + i * n;
                for (int p = 0; p < k; p++) {
                    double x = value[oa + i * k + p];
                    if (x != 0.0) {
                        int bp = ob + p * n;
                        for (int j = 0; j < n; j++) {
                            grad[bp + j] += x * grad[gi + j];
                        }
                    }
                }
            }
        }
    }

    private void matmulTransposedBackward(int id, int a, int b, boolean ga, boolean gb) {
        int m = rowsOf[a];
        int k = colsOf[a];
        int n = rowsOf[b];
        int o = offset[id];
        int oa = offset[a];
        int ob = offset[b];
        for (int i = 0; i < m; i++) {
            int ai = oa + i * k;
            for (int j = 0; j < n; j++) {
                double g = grad[o + i * n + j];
                if (g == 0.0) {
                    continue;
                }
                int bj = ob + j * k;
                if (ga) {
                    for (int p = 0; p < k; p++) {
                        grad[ai + p] += g * value[bj + p];
                    }
                }
                if (gb) {
                    for (int p = 0; p < k; p++) {
                        grad[bj + p] += g * value[ai + p];
                    }
                }
            }
        }
    }

    private void csrBackward(int id, int x, int weights, boolean gx, boolean gw) {
        CsrMatrix matrix = (CsrMatrix) ref[id];
        int[] indptr = matrix.indptr();
        int[] indices = matrix.indices();
        int batch = rowsOf[x];
        int pre = matrix.rows();
        int post = matrix.cols();
        int o = offset[id];
        int ox = offset[x];
        boolean trainable = weights >= 0;
        double[] w = trainable ? value : matrix.data();
        int ow = trainable ? offset[weights] : 0;
        boolean homogeneous = !trainable && matrix.homogeneous();
        for (int b = 0; b < batch; b++) {
            int gb = o + b * post;
            for (int i = 0; i < pre; i++) {
                double xi = value[ox + b * pre + i];
                double s = 0.0;
                for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                    double g = grad[gb + indices[e]];
                    if (gx) {
                        s += g * (homogeneous ? w[0] : w[ow + e]);
                    }
                    if (gw && xi != 0.0) {
                        grad[ow + e] += xi * g;
                    }
                }
                if (gx) {
                    grad[ox + b * pre + i] += s;
                }
            }
        }
    }
}
