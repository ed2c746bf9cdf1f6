package org.brainj.operators.gpu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.BrainjException;

import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

/**
 * Device 0 as the operators use it: its primary context, the kernels' module loaded from the shipped PTX
 * ({@code brainj_kernels.ptx}, made by {@code src/main/cuda/build-ptx.sh}), the logarithm tables of just-in-time
 * connectivity resident on the device, and checked allocation. Created on first use, and only after
 * {@link CudaProbe} found a device, since this class links JCuda.
 *
 * <p>Thread-safe: launches and copies are serialised on this object, and each makes the context current on the
 * calling thread first (operators are called from the runner's worker threads).
 */
final class CudaDevice {

    private static final System.Logger LOG = System.getLogger(CudaDevice.class.getName());

    /** The PTX resource next to this class. */
    static final String PTX = "brainj_kernels.ptx";

    /** Threads per block of every launch: eight warps, enough to hide latency on every architecture since Turing. */
    static final int BLOCK = 256;

    private final CUcontext context = new CUcontext();
    private final CUmodule module = new CUmodule();
    private final Map<String, CUfunction> functions = new HashMap<>();
    private final CUdeviceptr jitTables;

    private static final class Holder {
        static final CudaDevice DEVICE = new CudaDevice();
    }

    /** @return the device, set up on the first call */
    static CudaDevice get() {
        return Holder.DEVICE;
    }

    private CudaDevice() {
        JCudaDriver.setExceptionsEnabled(true);
        JCudaDriver.cuInit(0);
        CUdevice device = new CUdevice();
        JCudaDriver.cuDeviceGet(device, 0);
        JCudaDriver.cuDevicePrimaryCtxRetain(context, device);
        JCudaDriver.cuCtxSetCurrent(context);
        JCudaDriver.cuModuleLoadData(module, ptxImage());
        jitTables = upload(JitLayout.tables());
        LOG.log(Level.DEBUG, "CUDA kernels loaded from {0}", PTX);
    }

    /** @return the shipped PTX, zero-terminated as cuModuleLoadData wants text images */
    static byte[] ptxImage() {
        try (InputStream in = CudaDevice.class.getResourceAsStream(PTX)) {
            if (in == null) {
                throw new BrainjException("the CUDA kernels' PTX (" + PTX + ") is missing from the bundle");
            }
            byte[] text = in.readAllBytes();
            byte[] image = new byte[text.length + 1];
            System.arraycopy(text, 0, image, 0, text.length);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + PTX, e);
        }
    }

    /** @return the device copy of {@link JitLayout#tables()} */
    CUdeviceptr jitTables() {
        return jitTables;
    }

    private void makeCurrent() {
        JCudaDriver.cuCtxSetCurrent(context);
    }

    private synchronized CUfunction function(String name) {
        return functions.computeIfAbsent(name, n -> {
            CUfunction f = new CUfunction();
            JCudaDriver.cuModuleGetFunction(f, module, n);
            return f;
        });
    }

    /**
     * Checks that {@code bytes} fit in the device's free memory before anything is allocated, so a run that cannot
     * fit fails before it starts, saying how much it needs.
     *
     * @param bytes bytes about to be allocated
     * @param what  what they are for, for the message
     * @throws BrainjException naming the bytes needed and available
     */
    synchronized void requireFree(long bytes, String what) {
        makeCurrent();
        long[] free = {0};
        long[] total = {0};
        JCudaDriver.cuMemGetInfo(free, total);
        if (bytes > free[0]) {
            throw new BrainjException("CUDA device out of memory for " + what + ": needs " + bytes + " bytes, "
                    + free[0] + " of " + total[0] + " available");
        }
    }

    /**
     * @param bytes size, may be 0
     * @return new device memory (free with {@link #free(CUdeviceptr)})
     */
    synchronized CUdeviceptr alloc(long bytes) {
        makeCurrent();
        CUdeviceptr p = new CUdeviceptr();
        JCudaDriver.cuMemAlloc(p, Math.max(bytes, 1));
        return p;
    }

    /** @param p device memory from this device, or null */
    synchronized void free(CUdeviceptr p) {
        if (p != null) {
            makeCurrent();
            JCudaDriver.cuMemFree(p);
        }
    }

    synchronized CUdeviceptr upload(double[] a) {
        CUdeviceptr p = alloc((long) a.length * Sizeof.DOUBLE);
        if (a.length > 0) {
            JCudaDriver.cuMemcpyHtoD(p, Pointer.to(a), (long) a.length * Sizeof.DOUBLE);
        }
        return p;
    }

    synchronized CUdeviceptr upload(int[] a, int count) {
        CUdeviceptr p = alloc((long) count * Sizeof.INT);
        if (count > 0) {
            JCudaDriver.cuMemcpyHtoD(p, Pointer.to(a), (long) count * Sizeof.INT);
        }
        return p;
    }

    synchronized void download(CUdeviceptr p, double[] into) {
        if (into.length > 0) {
            makeCurrent();
            JCudaDriver.cuMemcpyDtoH(Pointer.to(into), p, (long) into.length * Sizeof.DOUBLE);
        }
    }

    synchronized void download(CUdeviceptr p, int[] into) {
        if (into.length > 0) {
            makeCurrent();
            JCudaDriver.cuMemcpyDtoH(Pointer.to(into), p, (long) into.length * Sizeof.INT);
        }
    }

    synchronized void zero(CUdeviceptr p, long bytes) {
        if (bytes > 0) {
            makeCurrent();
            JCudaDriver.cuMemsetD8(p, (byte) 0, bytes);
        }
    }

    /**
     * Launches a kernel over {@code threads} threads in blocks of {@link #BLOCK} and waits for it.
     *
     * @param name    the kernel's entry name in the PTX
     * @param threads threads in all (0 launches nothing)
     * @param args    kernel arguments in order: Integer (int), Double (double), CUdeviceptr, or null for a null
     *                device pointer
     */
    synchronized void launch(String name, long threads, Object... args) {
        if (threads <= 0) {
            return;
        }
        long grid = (threads + BLOCK - 1) / BLOCK;
        if (grid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + threads + " threads exceed one launch");
        }
        Pointer[] params = new Pointer[args.length];
        for (int k = 0; k < args.length; k++) {
            Object a = args[k];
            if (a == null) {
                params[k] = Pointer.to(new CUdeviceptr());
            } else if (a instanceof Integer) {
                params[k] = Pointer.to(new int[] {(Integer) a});
            } else if (a instanceof Double) {
                params[k] = Pointer.to(new double[] {(Double) a});
            } else if (a instanceof CUdeviceptr) {
                params[k] = Pointer.to((CUdeviceptr) a);
            } else {
                throw new IllegalArgumentException(name + ": unsupported kernel argument " + k + " of type "
                        + a.getClass().getName());
            }
        }
        makeCurrent();
        JCudaDriver.cuLaunchKernel(function(name), (int) grid, 1, 1, BLOCK, 1, 1, 0, null, Pointer.to(params), null);
        JCudaDriver.cuCtxSynchronize();
    }

    /** Device memory of one operator call, freed together by {@link #close()}. */
    final class Scope implements AutoCloseable {

        private final List<CUdeviceptr> owned = new ArrayList<>();

        CUdeviceptr upload(double[] a) {
            return own(CudaDevice.this.upload(a));
        }

        CUdeviceptr upload(int[] a, int count) {
            return own(CudaDevice.this.upload(a, count));
        }

        CUdeviceptr alloc(long bytes) {
            return own(CudaDevice.this.alloc(bytes));
        }

        private CUdeviceptr own(CUdeviceptr p) {
            owned.add(p);
            return p;
        }

        @Override
        public void close() {
            for (CUdeviceptr p : owned) {
                free(p);
            }
            owned.clear();
        }
    }

    /**
     * Opens a scope after checking that its allocations fit.
     *
     * @param bytes the bytes the call will allocate
     * @param what  what for, for the out-of-memory message
     * @return the scope
     */
    Scope scope(long bytes, String what) {
        requireFree(bytes, what);
        return new Scope();
    }
}
