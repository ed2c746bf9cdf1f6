package org.brainj.launcher;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One process's MPI session (Open MPI's C API through the Java 22+ foreign-function API), opened once per process
 * before the platform starts and closed after it stops: MPI lives outside OSGi, and bundles reach it only through the
 * collectives that {@link MpiCollectives} registers as a service.
 *
 * <p>Why the foreign-function API and not Open MPI's Java bindings: Debian ships {@code libmpi_java.so} but not the
 * {@code mpi.jar} that declares its native methods, and Open MPI 5 drops the bindings; the C API is stable. The
 * launcher is compiled for Java 17, so {@code java.lang.foreign} is reached by reflection (a few calls at start-up,
 * one {@link MethodHandle} per MPI function) and needs a JDK 22 or newer at run time; {@code bin/brainj} picks one
 * when it runs under mpirun or srun. The handles are Open MPI's ({@code MPI_COMM_WORLD} is the address of
 * {@code ompi_mpi_comm_world}), so another MPI (MPICH, Intel MPI) needs other constants.
 *
 * <p>Collectives block; a watchdog ends this process (exit status 3, naming the rank and the exchange) when one takes
 * longer than the timeout ({@code BRAINJ_EXCHANGE_TIMEOUT} seconds, default 120), and mpirun then stops every rank.
 * A rank that dies is reported by mpirun itself ("process rank 1 ... exited on signal 9"), or by srun, whose PMIx
 * plugin then cancels the step ("task 1: Killed"). Under srun only the PMIx plugin gives a rank ({@link SlurmStep}).
 */
final class MpiSession implements AutoCloseable {

    private static final String[] LIBRARIES = {"libmpi.so.40", "libmpi.so", "libmpi.so.12"};
    private static final int RTLD_NOW = 0x2;
    private static final int RTLD_GLOBAL = 0x100;
    /** Exit status of a rank whose exchange timed out. */
    static final int TIMEOUT_STATUS = 3;

    private final Ffm ffm;
    private final Object world;
    private final Object mpiInt;
    private final Object mpiByte;
    private final MethodHandle allgather;
    private final MethodHandle allgatherv;
    private final MethodHandle abort;
    private final MethodHandle finalizeMpi;
    private final int rank;
    private final int size;
    private final String library;
    private final long timeoutNanos;
    private final Watchdog watchdog;

    private Object sendSeg;
    private long sendBytes;
    private Object recvSeg;
    private long recvBytes;
    private final Object countsSeg;
    private final Object displsSeg;
    private final Object oneSeg;
    private boolean closed;

    private MpiSession(Ffm ffm, long timeoutSeconds) throws ReflectiveOperationException {
        this.ffm = ffm;
        Object dlopen = ffm.symbol(ffm.defaultLookup(), "dlopen");
        MethodHandle open = ffm.downcall(dlopen, "ADDRESS", "ADDRESS", "JAVA_INT");
        // Open MPI loads its components with dlopen; they need libmpi's symbols in the global namespace, which
        // the JDK's own library loading (RTLD_LOCAL) does not give.
        String found = null;
        for (String lib : LIBRARIES) {
            Object handle = invoke(open, ffm.cString(lib), RTLD_NOW | RTLD_GLOBAL);
            if (ffm.address(handle) != 0) {
                found = lib;
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("libmpi not found (tried " + String.join(", ", LIBRARIES)
                    + "); install Open MPI: apt-get install openmpi-bin libopenmpi-dev");
        }
        Object lookup = ffm.libraryLookup(found);
        MethodHandle init = ffm.downcall(ffm.symbol(lookup, "MPI_Init"), "JAVA_INT", "ADDRESS", "ADDRESS");
        check("MPI_Init", invoke(init, ffm.nullSegment(), ffm.nullSegment()));
        this.world = ffm.symbol(lookup, "ompi_mpi_comm_world");
        this.mpiInt = ffm.symbol(lookup, "ompi_mpi_int");
        this.mpiByte = ffm.symbol(lookup, "ompi_mpi_byte");
        Object out = ffm.allocate(4);
        MethodHandle commRank = ffm.downcall(ffm.symbol(lookup, "MPI_Comm_rank"), "JAVA_INT", "ADDRESS", "ADDRESS");
        check("MPI_Comm_rank", invoke(commRank, world, out));
        this.rank = ffm.getInt(out, 0);
        MethodHandle commSize = ffm.downcall(ffm.symbol(lookup, "MPI_Comm_size"), "JAVA_INT", "ADDRESS", "ADDRESS");
        check("MPI_Comm_size", invoke(commSize, world, out));
        this.size = ffm.getInt(out, 0);
        Object version = ffm.allocate(8192);
        MethodHandle libVersion = ffm.downcall(ffm.symbol(lookup, "MPI_Get_library_version"), "JAVA_INT",
                "ADDRESS", "ADDRESS");
        invoke(libVersion, version, out);
        String v = ffm.string(version).trim();
        int comma = v.indexOf(',');
        this.library = comma > 0 ? v.substring(0, comma) : v;
        this.allgather = ffm.downcall(ffm.symbol(lookup, "MPI_Allgather"), "JAVA_INT", "ADDRESS", "JAVA_INT",
                "ADDRESS", "ADDRESS", "JAVA_INT", "ADDRESS", "ADDRESS");
        this.allgatherv = ffm.downcall(ffm.symbol(lookup, "MPI_Allgatherv"), "JAVA_INT", "ADDRESS", "JAVA_INT",
                "ADDRESS", "ADDRESS", "ADDRESS", "ADDRESS", "ADDRESS", "ADDRESS");
        this.abort = ffm.downcall(ffm.symbol(lookup, "MPI_Abort"), "JAVA_INT", "ADDRESS", "JAVA_INT");
        this.finalizeMpi = ffm.downcall(ffm.symbol(lookup, "MPI_Finalize"), "JAVA_INT");
        this.countsSeg = ffm.allocate(4L * size);
        this.displsSeg = ffm.allocate(4L * size);
        this.oneSeg = ffm.allocate(4);
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        this.watchdog = new Watchdog();
    }

    /**
     * @param env the process's environment
     * @return true when this process was started by mpirun, mpiexec or srun with an MPI rank
     */
    static boolean launched(Map<String, String> env) {
        return env.containsKey("OMPI_COMM_WORLD_SIZE") || env.containsKey("PMIX_RANK") || env.containsKey("PMI_RANK");
    }

    /**
     * Initialises MPI when this process runs under mpirun/srun.
     *
     * @param env the environment
     * @return the session, or empty outside mpirun/srun
     * @throws IllegalStateException when MPI cannot be started, saying why
     */
    static Optional<MpiSession> openIfLaunched(Map<String, String> env) {
        if (!launched(env)) {
            return Optional.empty();
        }
        if (Runtime.version().feature() < 22) {
            throw new IllegalStateException("running under mpirun needs a JDK 22 or newer (the foreign-function "
                    + "API reaches libmpi); this is JDK " + Runtime.version().feature()
                    + ": set JAVA_HOME, e.g. to /usr/lib/jvm/temurin-25-jdk-amd64");
        }
        long timeout = 120;
        String t = env.get("BRAINJ_EXCHANGE_TIMEOUT");
        if (t != null && !t.isBlank()) {
            try {
                timeout = Long.parseLong(t.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("BRAINJ_EXCHANGE_TIMEOUT=" + t + ": must be a whole number of "
                        + "seconds");
            }
        }
        try {
            return Optional.of(new MpiSession(new Ffm(), Math.max(1, timeout)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach libmpi through the foreign-function API: " + e, e);
        }
    }

    /** @return this process's rank */
    int rank() {
        return size == 0 ? 0 : rank;
    }

    /** @return the number of ranks */
    int size() {
        return size;
    }

    /** @return e.g. {@code "mpi (Open MPI v4.1.4), 4 ranks"} */
    String describe() {
        return "mpi (" + library + "), " + size + " ranks";
    }

    /**
     * All-gather of variable-length int blocks: counts first (MPI_Allgather), then the data (MPI_Allgatherv).
     *
     * @param send   this rank's block
     * @param count  its length
     * @param counts receives each rank's count, length ≥ size
     * @param into   a buffer that is returned when large enough
     * @return the blocks back to back (into, or a larger array)
     */
    synchronized int[] allGather(int[] send, int count, int[] counts, int[] into) {
        long id = watchdog.enter("spike exchange");
        try {
            ffm.setInt(oneSeg, 0, count);
            check("MPI_Allgather", invoke(allgather, oneSeg, 1, mpiInt, countsSeg, 1, mpiInt, world));
            long total = 0;
            for (int r = 0; r < size; r++) {
                int c = ffm.getInt(countsSeg, 4L * r);
                counts[r] = c;
                ffm.setInt(displsSeg, 4L * r, (int) total);
                total += c;
            }
            ensureSend(4L * Math.max(1, count));
            ensureRecv(4L * Math.max(1, total));
            ffm.copyIn(send, 0, sendSeg, count);
            check("MPI_Allgatherv", invoke(allgatherv, sendSeg, count, mpiInt, recvSeg, countsSeg, displsSeg, mpiInt,
                    world));
            int[] out = into != null && into.length >= total ? into : new int[(int) total];
            ffm.copyOut(recvSeg, out, (int) total);
            return out;
        } finally {
            watchdog.leave(id);
        }
    }

    /**
     * @param send this rank's bytes
     * @return every rank's, in rank order
     */
    synchronized byte[][] allGatherBytes(byte[] send) {
        int[] ints = new int[(send.length + 3) / 4 + 1];
        ints[0] = send.length;
        for (int k = 0; k < send.length; k++) {
            ints[1 + k / 4] |= (send[k] & 0xFF) << (8 * (k % 4));
        }
        int[] counts = new int[size];
        int[] all = allGather(ints, ints.length, counts, null);
        byte[][] out = new byte[size][];
        int at = 0;
        for (int r = 0; r < size; r++) {
            int n = all[at];
            byte[] b = new byte[n];
            for (int k = 0; k < n; k++) {
                b[k] = (byte) (all[at + 1 + k / 4] >>> (8 * (k % 4)));
            }
            out[r] = b;
            at += counts[r];
        }
        return out;
    }

    private void ensureSend(long bytes) throws IllegalStateException {
        if (bytes > sendBytes) {
            sendBytes = Math.max(bytes, 2 * sendBytes);
            sendSeg = ffm.allocate(sendBytes);
        }
    }

    private void ensureRecv(long bytes) {
        if (bytes > recvBytes) {
            recvBytes = Math.max(bytes, 2 * recvBytes);
            recvSeg = ffm.allocate(recvBytes);
        }
    }

    /**
     * Stops every rank (MPI_Abort): for a failure that only this rank saw before the others reach an exchange.
     *
     * @param status the exit status
     */
    void abort(int status) {
        invoke(abort, world, status);
    }

    /** MPI_Finalize, once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            watchdog.stop();
            check("MPI_Finalize", invoke(finalizeMpi));
        }
    }

    private static Object invoke(MethodHandle h, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String call, Object status) {
        if (status instanceof Integer && (Integer) status != 0) {
            throw new IllegalStateException("rank " + rank + ": " + call + " failed with MPI error " + status);
        }
    }

    /** Ends the process when a collective does not return in time: mpirun then stops the other ranks. */
    private final class Watchdog implements Runnable {
        private final Thread thread;
        private volatile long deadline = Long.MAX_VALUE;
        private volatile String what = "";
        private volatile long calls;
        private volatile boolean running = true;

        Watchdog() {
            thread = new Thread(this, "brainj-mpi-watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        long enter(String operation) {
            what = operation;
            calls++;
            deadline = System.nanoTime() + timeoutNanos;
            return calls;
        }

        void leave(long id) {
            deadline = Long.MAX_VALUE;
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    System.err.println("brainj: rank " + rank + " of " + size + ": " + what + " " + calls
                            + " did not complete within " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos)
                            + " s: another rank failed, died or hung; stopping (exit status " + TIMEOUT_STATUS + ")");
                    System.err.flush();
                    Runtime.getRuntime().halt(TIMEOUT_STATUS);
                }
            }
        }
    }

    /** The few {@code java.lang.foreign} operations used, reached by reflection so that this compiles for Java 17. */
    static final class Ffm {
        private final Class<?> memorySegment = Class.forName("java.lang.foreign.MemorySegment");
        private final Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
        private final Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
        private final Class<?> ofInt = Class.forName("java.lang.foreign.ValueLayout$OfInt");
        private final Class<?> ofByte = Class.forName("java.lang.foreign.ValueLayout$OfByte");
        private final Class<?> functionDescriptor = Class.forName("java.lang.foreign.FunctionDescriptor");
        private final Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        private final Class<?> linkerOption = Class.forName("java.lang.foreign.Linker$Option");
        private final Class<?> symbolLookup = Class.forName("java.lang.foreign.SymbolLookup");
        private final Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        private final Object linker;
        private final Object arena;
        private final Object javaInt;
        private final Method downcallHandle;
        private final Method find;
        private final Method getInt;
        private final Method setInt;
        private final Method allocate;
        private final Method copyFromArray;
        private final Method copyToArray;
        private final Method getString;
        private final Method addressOf;

        Ffm() throws ReflectiveOperationException {
            linker = linkerClass.getMethod("nativeLinker").invoke(null);
            arena = arenaClass.getMethod("global").invoke(null);
            javaInt = valueLayout.getField("JAVA_INT").get(null);
            downcallHandle = linkerClass.getMethod("downcallHandle", memorySegment, functionDescriptor,
                    Array.newInstance(linkerOption, 0).getClass());
            find = symbolLookup.getMethod("find", String.class);
            getInt = memorySegment.getMethod("get", ofInt, long.class);
            setInt = memorySegment.getMethod("set", ofInt, long.class, int.class);
            allocate = arenaClass.getMethod("allocate", long.class, long.class);
            copyFromArray = memorySegment.getMethod("copy", Object.class, int.class, memorySegment, valueLayout,
                    long.class, int.class);
            copyToArray = memorySegment.getMethod("copy", memorySegment, valueLayout, long.class, Object.class,
                    int.class, int.class);
            getString = memorySegment.getMethod("getString", long.class);
            addressOf = memorySegment.getMethod("address");
        }

        Object defaultLookup() throws ReflectiveOperationException {
            return linkerClass.getMethod("defaultLookup").invoke(linker);
        }

        Object libraryLookup(String name) throws ReflectiveOperationException {
            return symbolLookup.getMethod("libraryLookup", String.class, arenaClass).invoke(null, name, arena);
        }

        Object symbol(Object lookup, String name) throws ReflectiveOperationException {
            Optional<?> s = (Optional<?>) find.invoke(lookup, name);
            return s.orElseThrow(() -> new IllegalStateException("symbol " + name + " not found in libmpi: not Open "
                    + "MPI? (BrainJ binds Open MPI's ABI)"));
        }

        MethodHandle downcall(Object symbol, String result, String... args) throws ReflectiveOperationException {
            Object[] layouts = (Object[]) Array.newInstance(memoryLayout, args.length);
            for (int k = 0; k < args.length; k++) {
                layouts[k] = valueLayout.getField(args[k]).get(null);
            }
            Object fd = result == null || result.equals("VOID")
                    ? functionDescriptor.getMethod("ofVoid", layouts.getClass()).invoke(null, (Object) layouts)
                    : functionDescriptor.getMethod("of", memoryLayout, layouts.getClass())
                            .invoke(null, valueLayout.getField(result).get(null), layouts);
            return (MethodHandle) downcallHandle.invoke(linker, symbol, fd, Array.newInstance(linkerOption, 0));
        }

        Object nullSegment() throws ReflectiveOperationException {
            return memorySegment.getField("NULL").get(null);
        }

        Object allocate(long bytes) {
            try {
                return allocate.invoke(arena, bytes, 8L);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        Object cString(String s) throws ReflectiveOperationException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Object seg = allocate(b.length + 1L);
            Object javaByte = valueLayout.getField("JAVA_BYTE").get(null);
            Method setByte = memorySegment.getMethod("set", ofByte, long.class, byte.class);
            for (int k = 0; k < b.length; k++) {
                setByte.invoke(seg, javaByte, (long) k, b[k]);
            }
            setByte.invoke(seg, javaByte, (long) b.length, (byte) 0);
            return seg;
        }

        long address(Object segment) throws ReflectiveOperationException {
            return (Long) addressOf.invoke(segment);
        }

        String string(Object segment) {
            try {
                return (String) getString.invoke(segment, 0L);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        int getInt(Object segment, long offset) {
            try {
                return (Integer) getInt.invoke(segment, javaInt, offset);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void setInt(Object segment, long offset, int value) {
            try {
                setInt.invoke(segment, javaInt, offset, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void copyIn(int[] src, int from, Object dst, int count) {
            try {
                copyFromArray.invoke(null, src, from, dst, javaInt, 0L, count);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void copyOut(Object src, int[] dst, int count) {
            try {
                copyToArray.invoke(null, src, javaInt, 0L, dst, 0, count);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
