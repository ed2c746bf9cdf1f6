package org.brainj.models.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MatConn, IJConn and CSRConn from arrays and from CSV, NPY and NPZ files give the same matrix. */
class DataConnectivityTest {

    // The 3 x 4 matrix [[0, 2, 0, 0.5], [0, 0, 0, 0], [1, 0, 3, 0]].
    private static final double[] MAT = {0, 2, 0, 0.5, 0, 0, 0, 0, 1, 0, 3, 0};
    private static final int[] INDPTR = {0, 2, 2, 4};
    private static final int[] INDICES = {1, 3, 0, 2};
    private static final double[] WEIGHTS = {2, 0.5, 1, 3};

    private static void expect(CsrMatrix m, boolean weighted) {
        assertEquals(3, m.rows());
        assertEquals(4, m.cols());
        assertArrayEquals(INDPTR, m.indptr());
        assertArrayEquals(INDICES, m.indices());
        assertArrayEquals(weighted ? WEIGHTS : new double[] {1.0}, m.data());
    }

    @Test
    void arraysGiveTheSameMatrix() {
        expect(DataConnectivity.matConn(3, 4, MAT, true), true);
        expect(DataConnectivity.matConn(3, 4, MAT, false), false);
        // Pairs out of order; sorted by (i, j), weights follow.
        expect(DataConnectivity.ijConn(3, 4, new int[] {2, 0, 2, 0}, new int[] {2, 3, 0, 1},
                new double[] {3, 0.5, 1, 2}), true);
        expect(DataConnectivity.ijConn(3, 4, new int[] {2, 0, 2, 0}, new int[] {2, 3, 0, 1}, null), false);
        // CSR with an unsorted row is sorted.
        expect(DataConnectivity.csrConn(4, new int[] {3, 1, 0, 2}, INDPTR, new double[] {0.5, 2, 1, 3}), true);
        // Repeated pairs stay multiple synapses (BrainPy IJConn).
        assertEquals(3, DataConnectivity.ijConn(2, 2, new int[] {0, 0, 1}, new int[] {1, 1, 0}, null).nnz());
    }

    @Test
    void badDataIsRefusedNamingTheEntry() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> DataConnectivity.ijConn(3, 4, new int[] {0, 3}, new int[] {0, 0}, null));
        assertTrue(e.getMessage().contains("pre[1]"), e.getMessage());
        assertThrows(ParameterException.class,
                () -> DataConnectivity.ijConn(3, 4, new int[] {0}, new int[] {0, 1}, null));
        assertThrows(ParameterException.class, () -> DataConnectivity.matConn(3, 3, MAT, true));
        assertThrows(ModelException.class,
                () -> DataConnectivity.csrConn(4, new int[] {1, 9}, new int[] {0, 2}, null));
        assertThrows(ModelException.class,
                () -> DataConnectivity.csrConn(4, new int[] {1, 2}, new int[] {0, 3}, null));
    }

    @Test
    void csvFilesGiveTheSameMatrix(@TempDir Path dir) throws IOException {
        Path mat = dir.resolve("w.csv");
        Files.writeString(mat, "# a comment\n0, 2, 0, 0.5\n0 0 0 0\n\n1\t0\t3\t0\n");
        expect(DataConnectivity.readMatrix(mat, true), true);
        Path pairs = dir.resolve("ij.csv");
        Files.writeString(pairs, "pre,post,weight\n2,2,3\n0,3,0.5\n2,0,1\n0,1,2\n");
        expect(DataConnectivity.readPairs(pairs, 3, 4), true);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "0,1\n1,x\n");
        ModelException e = assertThrows(ModelException.class, () -> DataConnectivity.readPairs(bad, 3, 4));
        assertTrue(e.getMessage().contains("bad.csv:2"), e.getMessage());
        Path frac = dir.resolve("frac.csv");
        Files.writeString(frac, "0.5,1\n");
        assertThrows(ModelException.class, () -> DataConnectivity.readPairs(frac, 3, 4));
    }

    /** A .npy file as numpy.save writes it (format 1.0, header padded to 64 bytes). */
    static byte[] npy(String descr, boolean fortran, int[] shape, double[] values) {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': ("
                + dims.toString().replaceAll(", $", shape.length == 1 ? "," : "") + "), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double v : values) {
            switch (descr) {
                case "<f8": b.putDouble(v); break;
                case "<f4": b.putFloat((float) v); break;
                case "<i8": b.putLong((long) v); break;
                case "<i4": b.putInt((int) v); break;
                case "|b1": b.put((byte) (v != 0 ? 1 : 0)); break;
                default: throw new IllegalArgumentException(descr);
            }
        }
        return b.array();
    }

    @Test
    void npyAndNpzFilesGiveTheSameMatrix(@TempDir Path dir) throws IOException {
        Path mat = dir.resolve("w.npy");
        Files.write(mat, npy("<f8", false, new int[] {3, 4}, MAT));
        expect(DataConnectivity.readMatrix(mat, true), true);
        // The same matrix in Fortran order, and as a boolean mask.
        double[] f = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                f[j * 3 + i] = MAT[i * 4 + j];
            }
        }
        Files.write(mat, npy("<f4", true, new int[] {3, 4}, f));
        expect(DataConnectivity.readMatrix(mat, true), true);
        Files.write(mat, npy("|b1", false, new int[] {3, 4}, MAT));
        expect(DataConnectivity.readMatrix(mat, false), false);
        Path pairs = dir.resolve("ij.npy");
        Files.write(pairs, npy("<i8", false, new int[] {4, 2}, new double[] {2, 2, 0, 3, 2, 0, 0, 1}));
        expect(DataConnectivity.readPairs(pairs, 3, 4), false);
        // scipy.sparse.save_npz layout: indices, indptr, format, shape, data.
        Path npz = dir.resolve("w.npz");
        try (OutputStream out = Files.newOutputStream(npz); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "indices.npy", npy("<i4", false, new int[] {4}, new double[] {1, 3, 0, 2}));
            entry(zip, "indptr.npy", npy("<i4", false, new int[] {4}, new double[] {0, 2, 2, 4}));
            entry(zip, "shape.npy", npy("<i8", false, new int[] {2}, new double[] {3, 4}));
            entry(zip, "data.npy", npy("<f8", false, new int[] {4}, WEIGHTS));
        }
        expect(DataConnectivity.readCsr(npz, 4), true);
        assertThrows(ModelException.class, () -> DataConnectivity.readCsr(npz, 5));
        Path notNpy = dir.resolve("x.npy");
        Files.writeString(notNpy, "hello world, not numpy");
        assertThrows(ModelException.class, () -> DataConnectivity.readMatrix(notNpy, true));
    }

    @Test
    void unsigned64BitIntegersKeepTheirValues() {
        // uint64 2^64 - 1 (all bits set) is 1.8446744073709552e19, not -1; uint64 2^63 + 1 rounds to 2^63 in double.
        byte[] u = npy("<i8", false, new int[] {3}, new double[] {0, 0, 7});
        ByteBuffer.wrap(u).order(ByteOrder.LITTLE_ENDIAN).putLong(u.length - 24, -1L).putLong(u.length - 16,
                Long.MIN_VALUE + 1);
        assertEquals('i', (char) u[22]);   // 10 bytes of magic and length, then "{'descr': '<i8'"
        u[22] = 'u';                          // '<i8' -> '<u8', same length
        NpyArray a = NpyArray.parse(u, "u8");
        assertEquals(18446744073709551615.0, a.values[0], 0.0);
        assertEquals(9223372036854775808.0, a.values[1], 0.0);
        assertEquals(7.0, a.values[2], 0.0);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
