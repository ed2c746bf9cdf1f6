package org.brainj.operators.gpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

import org.brainj.api.platform.Availability;
import org.junit.jupiter.api.Test;

import jcuda.CudaException;

class CudaProbeTest {

    /** The shape of JCuda 12.6.0's error when the natives load but libcuda.so.1 is missing (recorded here). */
    private static final String JCUDA_LOAD_ERROR = String.join("\n",
            "Error while loading native library \"JCudaDriver-12.6.0-linux-x86_64\"",
            "Operating system name: Linux",
            "Architecture         : amd64",
            "Architecture bit size: 64",
            "---(start of nested stack traces)---",
            "Stack trace from the attempt to load the library as a file:",
            "java.lang.UnsatisfiedLinkError: no JCudaDriver-12.6.0-linux-x86_64 in java.library.path: /usr/lib",
            "\tat java.base/java.lang.ClassLoader.loadLibrary(ClassLoader.java:2434)",
            "\tat jcuda.LibUtils.loadLibrary(LibUtils.java:168)",
            "Stack trace from the attempt to load the library as a resource:",
            "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open "
                    + "shared object file: No such file or directory",
            "\tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)",
            "\tat jcuda.LibUtils.loadLibraryResource(LibUtils.java:285)",
            "---(end of nested stack traces)---",
            "");

    @Test
    void jcudaLoadErrorBecomesTheMissingDriverLibrary() {
        assertEquals("libcuda.so.1: cannot open shared object file: No such file or directory",
                CudaProbe.reasonOf(new UnsatisfiedLinkError(JCUDA_LOAD_ERROR)));
    }

    @Test
    void deepestCauseWins() {
        Throwable t = new RuntimeException("outer", new IllegalStateException("middle",
                new CudaException("CUDA_ERROR_NO_DEVICE")));
        assertEquals("CUDA_ERROR_NO_DEVICE", CudaProbe.reasonOf(t));
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsClass() {
        assertEquals("java.lang.IllegalStateException", CudaProbe.reasonOf(new IllegalStateException()));
        assertEquals("first line", CudaProbe.reasonOf(new IllegalStateException("\n first line \nsecond")));
    }

    @Test
    void missingNativesOnThisClasspathGiveAPlainLine() {
        Availability a = CudaProbe.availability();
        assertFalse(a.available());
        assertFalse(a.reason().contains("\n"), a.reason());
        assertFalse(a.reason().contains("\tat "), a.reason());
    }

    /**
     * What happens in OSGi without the JCuda wrapper bundle (optional import unresolved): the probe is loaded where
     * jcuda.* cannot be seen, and must answer with the NoClassDefFoundError instead of throwing it.
     */
    @Test
    void missingJcudaClassesAreReportedNotThrown() throws Exception {
        URL classes = CudaProbe.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader hidingJcuda = new ClassLoader(CudaProbeTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("jcuda.") || name.startsWith("org.brainj.operators.gpu.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {classes}, hidingJcuda)) {
            Class<?> probe = isolated.loadClass(CudaProbe.class.getName());
            Method availability = probe.getDeclaredMethod("availability");
            availability.setAccessible(true);
            Availability a = (Availability) availability.invoke(null);
            assertFalse(a.available());
            assertTrue(a.reason().startsWith("JCuda classes not found (NoClassDefFoundError: "), a.reason());
            assertTrue(a.reason().contains("jcuda"), a.reason());
            assertFalse(a.reason().contains("\n"), a.reason());
        }
    }
}
