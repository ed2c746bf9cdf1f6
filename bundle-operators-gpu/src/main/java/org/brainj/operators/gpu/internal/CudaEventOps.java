package org.brainj.operators.gpu.internal;

import java.util.Objects;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;

import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;

/**
 * Event-driven CSR propagation on the GPU: one warp per spiking row, atomic adds into the postsynaptic accumulator
 * (cost proportional to spikes × fan-out, as on the CPU); the gather direction is one warp per row with a warp
 * reduction. Float64 kernels; each call copies the matrix and vectors to the device and back (the operator form, not
 * the device-resident runner).
 */
final class CudaEventOps implements EventOps {

    private final CudaDevice device;

    CudaEventOps(CudaDevice device) {
        this.device = device;
    }

    @Override
    public void eventCsrmv(CsrMatrix m, boolean[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        requireLength("events", events.length, m.rows());
        int[] fired = new int[events.length];
        int count = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i]) {
                fired[count++] = i;
            }
        }
        eventCsrmv(m, fired, count, out);
    }

    @Override
    public void eventCsrmv(CsrMatrix m, double[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        requireLength("events", events.length, m.rows());
        int[] fired = new int[events.length];
        int count = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i] != 0.0) {
                fired[count++] = i;
            }
        }
        eventCsrmv(m, fired, count, out);
    }

    @Override
    public void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out) {
        Objects.requireNonNull(m, "m");
        requireLength("out", out.length, m.cols());
        if (count < 0 || count > fired.length) {
            throw new IllegalArgumentException("count must be in [0, " + fired.length + "], got " + count);
        }
        for (int k = 0; k < count; k++) {
            if (fired[k] < 0 || fired[k] >= m.rows()) {
                throw new IllegalArgumentException("fired[" + k + "] = " + fired[k] + " is outside [0, " + m.rows()
                        + ")");
            }
        }
        if (count == 0) {
            return;
        }
        boolean homogeneous = m.homogeneous();
        long bytes = matrixBytes(m) + (long) count * Sizeof.INT + (long) out.length * Sizeof.DOUBLE;
        try (CudaDevice.Scope s = device.scope(bytes, "an event-driven CSR propagation")) {
            CUdeviceptr indptr = s.upload(m.indptr(), m.rows() + 1);
            CUdeviceptr indices = s.upload(m.indices(), m.nnz());
            CUdeviceptr data = homogeneous ? null : s.upload(m.data());
            CUdeviceptr dfired = s.upload(fired, count);
            CUdeviceptr dout = s.upload(out);
            device.launch("brainj_event_csr_f64", (long) count * 32, indptr, indices, data,
                    homogeneous ? m.data()[0] : 0.0, dfired, count, dout);
            device.download(dout, out);
        }
    }

    @Override
    public void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        requireLength("events", events.length, m.cols());
        requireLength("out", out.length, m.rows());
        double[] x = new double[events.length];
        for (int j = 0; j < events.length; j++) {
            x[j] = events[j] ? 1.0 : 0.0;
        }
        boolean homogeneous = m.homogeneous();
        long bytes = matrixBytes(m) + (long) (x.length + out.length) * Sizeof.DOUBLE;
        try (CudaDevice.Scope s = device.scope(bytes, "an event-driven CSR gather")) {
            CUdeviceptr indptr = s.upload(m.indptr(), m.rows() + 1);
            CUdeviceptr indices = s.upload(m.indices(), m.nnz());
            CUdeviceptr data = homogeneous ? null : s.upload(m.data());
            CUdeviceptr dx = s.upload(x);
            CUdeviceptr dout = s.upload(out);
            device.launch("brainj_csr_gather_f64", (long) m.rows() * 32, m.rows(), indptr, indices, data,
                    homogeneous ? m.data()[0] : 0.0, dx, 1, dout);
            device.download(dout, out);
        }
    }

    private static long matrixBytes(CsrMatrix m) {
        return (long) (m.rows() + 1 + m.nnz()) * Sizeof.INT + (m.homogeneous() ? 0L : (long) m.nnz() * Sizeof.DOUBLE);
    }

    private static void requireLength(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " must have " + expected + " entries, got " + actual);
        }
    }
}
