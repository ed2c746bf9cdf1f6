package org.brainj.models.internal.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Growable recording buffers in fixed-size chunks: appending never copies what was recorded, so a long run's monitors
 * grow without the doubling copies (and doubled peak memory) of one growing array.
 */
final class Chunks {

    static final int CHUNK = 1 << 16;

    private Chunks() {
    }

    /** Ints in chunks. */
    static final class Ints {
        private final List<int[]> full = new ArrayList<>();
        private int[] current = new int[CHUNK];
        private int used;

        void add(int v) {
            if (used == CHUNK) {
                full.add(current);
                current = new int[CHUNK];
                used = 0;
            }
            current[used++] = v;
        }

        void addAll(int[] src, int count) {
            int done = 0;
            while (done < count) {
                if (used == CHUNK) {
                    full.add(current);
                    current = new int[CHUNK];
                    used = 0;
                }
                int n = Math.min(count - done, CHUNK - used);
                System.arraycopy(src, done, current, used, n);
                used += n;
                done += n;
            }
        }

        long size() {
            return (long) full.size() * CHUNK + used;
        }

        int[] toArray() {
            long n = size();
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("recording of " + n + " entries does not fit one array");
            }
            int[] out = new int[(int) n];
            int pos = 0;
            for (int[] c : full) {
                System.arraycopy(c, 0, out, pos, CHUNK);
                pos += CHUNK;
            }
            System.arraycopy(current, 0, out, pos, used);
            return out;
        }
    }

    /** Doubles in chunks. */
    static final class Doubles {
        private final List<double[]> full = new ArrayList<>();
        private double[] current = new double[CHUNK];
        private int used;

        void add(double v) {
            if (used == CHUNK) {
                full.add(current);
                current = new double[CHUNK];
                used = 0;
            }
            current[used++] = v;
        }

        long size() {
            return (long) full.size() * CHUNK + used;
        }

        double[] toArray() {
            long n = size();
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("recording of " + n + " values does not fit one array");
            }
            double[] out = new double[(int) n];
            int pos = 0;
            for (double[] c : full) {
                System.arraycopy(c, 0, out, pos, CHUNK);
                pos += CHUNK;
            }
            System.arraycopy(current, 0, out, pos, used);
            return out;
        }
    }
}
