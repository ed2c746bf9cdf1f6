package org.brainj.api.ops;

import java.util.Optional;

import org.brainj.api.platform.Availability;

/** Backends found through ServiceLoader in this module's tests (see src/test/resources/META-INF/services). */
final class TestBackends {

    private TestBackends() {
    }

    /** A GPU backend that is never available here. */
    public static final class Missing implements OperatorBackend {
        @Override
        public String name() {
            return "fake-gpu";
        }

        @Override
        public int ranking() {
            return 100;
        }

        @Override
        public Availability availability() {
            return Availability.unavailable("no device");
        }

        @Override
        public BackendKind backendKind() {
            return BackendKind.GPU;
        }

        @Override
        public <T> Optional<T> operators(Class<T> family) {
            return Optional.empty();
        }
    }

    /** A CPU backend offering only segment operators (as an object the test can recognise). */
    public static final class Partial implements OperatorBackend {
        static final SegmentOps SEGMENTS = new SegmentOps() {
            @Override
            public void pre2syn(double[] pre, int[] preIds, double[] out) {
                for (int k = 0; k < preIds.length; k++) {
                    out[k] = pre[preIds[k]];
                }
            }

            @Override
            public void syn2post(double[] syn, int[] postIds, Reduction how, double[] out) {
                java.util.Arrays.fill(out, 0);
                for (int k = 0; k < postIds.length; k++) {
                    out[postIds[k]] += syn[k];
                }
            }

            @Override
            public void pre2post(double[] pre, int[] preIds, int[] postIds, Reduction how, double[] out) {
                java.util.Arrays.fill(out, 0);
                for (int k = 0; k < postIds.length; k++) {
                    out[postIds[k]] += pre[preIds[k]];
                }
            }
        };

        @Override
        public String name() {
            return "partial";
        }

        @Override
        public int ranking() {
            return 5;
        }

        @Override
        public BackendKind backendKind() {
            return BackendKind.CPU;
        }

        @Override
        public <T> Optional<T> operators(Class<T> family) {
            return family == SegmentOps.class ? Optional.of(family.cast(SEGMENTS)) : Optional.empty();
        }
    }
}
