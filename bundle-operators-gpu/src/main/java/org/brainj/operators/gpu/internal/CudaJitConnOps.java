package org.brainj.operators.gpu.internal;

import java.util.Objects;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;

import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;

/**
 * Just-in-time connectivity on the GPU: the kernels regenerate each (row, segment) of the matrix with the CPU
 * backend's canonical algorithm (brainj_jit.cuh, checked bit for bit against the CPU backend by
 * JitGeneratorHarnessTest), so both backends use the same matrix. Float64 kernels, as this family's arrays are
 * double; scatter forms add with atomics and equal the CPU result within rounding, the gather form adds in the CPU's
 * order. Each call copies its vectors to the device and back: the operator form for mixed CPU/GPU networks, not the
 * device-resident runner.
 */
final class CudaJitConnOps implements JitConnOps {

    private final CudaDevice device;

    CudaJitConnOps(CudaDevice device) {
        this.device = device;
    }

    private Object[] jitArgs(JitLayout l) {
        return new Object[] {l.rows(), l.cols(), l.segments(), l.width(), l.law(), l.dense(), l.empty(), l.k0(),
                l.k1(), l.rate(), l.w0(), l.w1(), device.jitTables()};
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose) {
        Objects.requireNonNull(spec, "spec");
        int in = transpose ? spec.rows() : spec.cols();
        int outLength = transpose ? spec.cols() : spec.rows();
        if (x.length != in) {
            throw new IllegalArgumentException("x must have " + in + " entries, got " + x.length);
        }
        if (out.length != outLength) {
            throw new IllegalArgumentException("out must have " + outLength + " entries, got " + out.length);
        }
        JitLayout l = JitLayout.of(spec);
        long bytes = (long) (x.length + out.length) * Sizeof.DOUBLE;
        try (CudaDevice.Scope s = device.scope(bytes, "a just-in-time mat-vec")) {
            CUdeviceptr dx = s.upload(x);
            CUdeviceptr dout = s.alloc((long) out.length * Sizeof.DOUBLE);
            if (transpose) {
                device.zero(dout, (long) out.length * Sizeof.DOUBLE);
                device.launch("brainj_jit_scatter_f64", (long) l.rows() * l.segments(), concat(jitArgs(l), dx, dout));
            } else {
                device.launch("brainj_jit_gather_f64", l.rows(), concat(jitArgs(l), dx, dout));
            }
            device.download(dout, out);
        }
    }

    @Override
    public void eventMv(JitConnSpec spec, boolean[] events, double[] out) {
        Objects.requireNonNull(spec, "spec");
        if (events.length != spec.rows()) {
            throw new IllegalArgumentException("events must have rows = " + spec.rows() + " entries, got "
                    + events.length);
        }
        int[] fired = new int[events.length];
        int count = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i]) {
                fired[count++] = i;
            }
        }
        eventMv(spec, fired, count, out);
    }

    @Override
    public void eventMv(JitConnSpec spec, int[] fired, int count, double[] out) {
        Objects.requireNonNull(spec, "spec");
        if (out.length != spec.cols()) {
            throw new IllegalArgumentException("out must have cols = " + spec.cols() + " entries, got " + out.length);
        }
        if (count < 0 || count > fired.length) {
            throw new IllegalArgumentException("count must be in [0, " + fired.length + "], got " + count);
        }
        for (int k = 0; k < count; k++) {
            if (fired[k] < 0 || fired[k] >= spec.rows()) {
                throw new IllegalArgumentException("fired[" + k + "] = " + fired[k] + " is outside [0, "
                        + spec.rows() + ")");
            }
        }
        if (count == 0) {
            return;
        }
        JitLayout l = JitLayout.of(spec);
        long bytes = (long) count * Sizeof.INT + (long) out.length * Sizeof.DOUBLE;
        try (CudaDevice.Scope s = device.scope(bytes, "a just-in-time event propagation")) {
            CUdeviceptr dfired = s.upload(fired, count);
            CUdeviceptr dout = s.upload(out);
            device.launch("brainj_jit_event_mv_f64", (long) count * l.segments(),
                    concat(jitArgs(l), dfired, count, dout));
            device.download(dout, out);
        }
    }

    @Override
    public CsrMatrix materialize(JitConnSpec spec) {
        Objects.requireNonNull(spec, "spec");
        JitLayout l = JitLayout.of(spec);
        int rows = spec.rows();
        int[] nnz = new int[rows];
        try (CudaDevice.Scope s = device.scope((long) rows * Sizeof.INT, "counting a just-in-time matrix")) {
            CUdeviceptr dnnz = s.alloc((long) rows * Sizeof.INT);
            device.launch("brainj_jit_row_nnz", rows, concat(jitArgs(l), dnnz));
            device.download(dnnz, nnz);
        }
        int[] indptr = new int[rows + 1];
        long total = 0;
        for (int i = 0; i < rows; i++) {
            total += nnz[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("materialising " + spec + " needs more than "
                        + (Integer.MAX_VALUE - 8) + " entries");
            }
            indptr[i + 1] = (int) total;
        }
        boolean homogeneous = spec.law() == WeightLaw.HOMOGENEOUS;
        int n = (int) total;
        int[] indices = new int[n];
        double[] data = homogeneous ? new double[] {spec.w0()} : new double[n];
        long bytes = (long) (rows + 1) * Sizeof.INT + (long) n * Sizeof.INT
                + (homogeneous ? 0L : (long) n * Sizeof.DOUBLE);
        try (CudaDevice.Scope s = device.scope(bytes, "materialising a just-in-time matrix")) {
            CUdeviceptr dindptr = s.upload(indptr, rows + 1);
            CUdeviceptr dindices = s.alloc((long) n * Sizeof.INT);
            CUdeviceptr ddata = homogeneous ? null : s.alloc((long) n * Sizeof.DOUBLE);
            device.launch("brainj_jit_fill", rows, concat(jitArgs(l), dindptr, dindices, ddata));
            device.download(dindices, indices);
            if (!homogeneous) {
                device.download(ddata, data);
            }
        }
        return new CsrMatrix(rows, spec.cols(), indptr, indices, data);
    }
}
