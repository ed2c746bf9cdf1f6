package org.brainj.operators.gpu.internal;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.brainj.api.platform.Availability;

import jcuda.driver.CUdevice;
import jcuda.driver.JCudaDriver;

/**
 * Finds out, once per class loader, whether CUDA can be used here: loads the JCuda driver binding, initialises the
 * driver and counts the devices. Every way this can fail on a machine without CUDA (JCuda classes absent, its native
 * library or {@code libcuda.so.1} missing, no device, a driver error) ends as an unavailable {@link Availability}
 * whose reason is the root cause in one plain line, never as an exception. The outcome is logged once at INFO.
 *
 * <p>Thread-safe: the probe runs in the initialiser of a holder class, which the JVM runs exactly once.
 */
final class CudaProbe {

    private static final System.Logger LOG = System.getLogger(CudaProbe.class.getName());

    /** A nested exception line inside JCuda's multi-line load error, e.g. "java.lang.UnsatisfiedLinkError: ...". */
    private static final Pattern NESTED_EXCEPTION =
            Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]*(?:Error|Exception): (.+)$");

    /** The file prefix dlopen puts before the real reason: "/tmp/libJCudaDriver-...so: libcuda.so.1: ...". */
    private static final Pattern LIBRARY_PREFIX = Pattern.compile("^/\\S+\\.so[\\w.]*: (.+)$");

    private CudaProbe() {
    }

    /**
     * What the probe found.
     *
     * @param availability available, or unavailable with the reason
     * @param deviceCount  number of CUDA devices, 0 when unavailable
     * @param deviceName   name of device 0, empty when unavailable
     */
    record Outcome(Availability availability, int deviceCount, String deviceName) {
    }

    private static final class Holder {
        static final Outcome OUTCOME = probe();
    }

    /** @return the probe's outcome, probing on the first call */
    static Outcome outcome() {
        return Holder.OUTCOME;
    }

    /** @return whether CUDA can be used, probing on the first call */
    static Availability availability() {
        return Holder.OUTCOME.availability();
    }

    private static Outcome probe() {
        Outcome outcome;
        try {
            outcome = Driver.query();
        } catch (LinkageError | RuntimeException e) {
            // LinkageError: JCuda classes or natives missing (NoClassDefFoundError, UnsatisfiedLinkError);
            // RuntimeException: the driver answered with an error (CudaException). VirtualMachineErrors propagate.
            outcome = new Outcome(Availability.unavailable(reasonOf(e)), 0, "");
        }
        if (outcome.availability().available()) {
            LOG.log(Level.INFO, "CUDA available: {0} device(s), device 0 is {1}", outcome.deviceCount(),
                    outcome.deviceName());
        } else {
            LOG.log(Level.INFO, "CUDA not available, the cuda operator backend stays unused: {0}",
                    outcome.availability().reason());
        }
        return outcome;
    }

    /**
     * Turns a probe failure into one plain line: the message of the deepest cause; inside JCuda's multi-line load
     * error (which embeds the nested attempts as text, not as causes), the last nested exception's message; minus
     * the path of the library that failed to load when the reason follows it. Missing classes are said so, since
     * their message is only a class name.
     *
     * @param failure what the probe caught
     * @return a non-blank single line
     */
    static String reasonOf(Throwable failure) {
        Throwable deepest = failure;
        // Bounded walk: a cause chain can be cyclic.
        for (int depth = 0; depth < 32 && deepest.getCause() != null && deepest.getCause() != deepest; depth++) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        String line = message == null || message.isBlank() ? "" : firstLine(message);
        if (message != null) {
            for (String candidate : message.split("\\R")) {
                Matcher nested = NESTED_EXCEPTION.matcher(candidate.strip());
                if (nested.matches()) {
                    line = nested.group(1).strip();
                }
            }
        }
        Matcher prefixed = LIBRARY_PREFIX.matcher(line);
        if (prefixed.matches()) {
            line = prefixed.group(1).strip();
        }
        if (failure instanceof NoClassDefFoundError || deepest instanceof ClassNotFoundException) {
            return "JCuda classes not found (" + failure.getClass().getSimpleName() + ": "
                    + (line.isEmpty() ? "no detail" : line) + ")";
        }
        return line.isEmpty() ? deepest.getClass().getName() : line;
    }

    private static String firstLine(String message) {
        for (String candidate : message.split("\\R")) {
            if (!candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    /**
     * Every JCuda reference lives here, so a missing JCuda surfaces as a {@link NoClassDefFoundError} thrown by
     * {@link #query()} inside the probe's try block rather than while the JVM links {@link CudaProbe} itself.
     */
    private static final class Driver {

        private Driver() {
        }

        static Outcome query() {
            JCudaDriver.setExceptionsEnabled(true);
            JCudaDriver.cuInit(0);
            int[] count = {0};
            JCudaDriver.cuDeviceGetCount(count);
            if (count[0] <= 0) {
                return new Outcome(Availability.unavailable("the CUDA driver reports no device"), 0, "");
            }
            CUdevice device = new CUdevice();
            JCudaDriver.cuDeviceGet(device, 0);
            byte[] name = new byte[256];
            JCudaDriver.cuDeviceGetName(name, name.length, device);
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            return new Outcome(Availability.AVAILABLE, count[0], new String(name, 0, end, StandardCharsets.UTF_8));
        }
    }
}
