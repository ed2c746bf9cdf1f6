package org.brainj.models.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.brainj.api.core.ModelException;

/**
 * A NumPy array read from a {@code .npy} file (format versions 1–3: magic, header dict with {@code descr},
 * {@code fortran_order} and {@code shape}, then the data), or the arrays of a {@code .npz} archive (a zip of
 * {@code .npy} files, as {@code numpy.savez} and {@code scipy.sparse.save_npz} write). Numeric and boolean dtypes of
 * either byte order are read as doubles; C and Fortran order are both returned in C (row-major) order.
 */
final class NpyArray {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-zA-Z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    final int[] shape;
    final double[] values;

    private NpyArray(int[] shape, double[] values) {
        this.shape = shape;
        this.values = values;
    }

    static NpyArray read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return every array of a .npz archive by name (without the .npy suffix) */
    static Map<String, NpyArray> readArchive(Path file) {
        Map<String, NpyArray> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                zip.transferTo(buf);
                if (name.endsWith(".npy")) {
                    out.put(name.substring(0, name.length() - 4), parse(buf.toByteArray(), file + ":" + name));
                }
            }
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    static NpyArray parse(byte[] bytes, String where) {
        if (bytes.length < 10 || (bytes[0] & 0xFF) != 0x93 || bytes[1] != 'N' || bytes[2] != 'U' || bytes[3] != 'M'
                || bytes[4] != 'P' || bytes[5] != 'Y') {
            throw new ModelException(where + ": not a .npy file (no \\x93NUMPY magic)");
        }
        int major = bytes[6];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen;
        int start;
        if (major == 1) {
            headerLen = b.getShort(8) & 0xFFFF;
            start = 10;
        } else {
            headerLen = b.getInt(8);
            start = 12;
        }
        String header = new String(bytes, start, headerLen, major >= 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new ModelException(where + ": .npy header without descr, fortran_order or shape: " + header.trim());
        }
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = d.group(2).charAt(0);
        int size = Integer.parseInt(d.group(3));
        String[] dims = s.group(1).split(",");
        int[] shape = new int[0];
        long count = 1;
        for (String dim : dims) {
            if (dim.isBlank()) {
                continue;
            }
            shape = java.util.Arrays.copyOf(shape, shape.length + 1);
            shape[shape.length - 1] = Integer.parseInt(dim.trim());
            count *= shape[shape.length - 1];
        }
        int dataStart = start + headerLen;
        if (count > Integer.MAX_VALUE - 8 || dataStart + count * size > bytes.length) {
            throw new ModelException(where + ": " + count + " values of " + size + " bytes do not fit the file");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, bytes.length - dataStart).slice().order(order);
        double[] v = new double[(int) count];
        for (int k = 0; k < v.length; k++) {
            v[k] = value(data, k, kind, size, where);
        }
        if (f.group(1).equals("True") && shape.length == 2) {
            double[] c = new double[v.length];
            int rows = shape[0];
            int cols = shape[1];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    c[i * cols + j] = v[j * rows + i];
                }
            }
            v = c;
        } else if (f.group(1).equals("True") && shape.length > 2) {
            throw new ModelException(where + ": Fortran-ordered arrays of more than 2 dimensions are not supported");
        }
        return new NpyArray(shape, v);
    }

    private static double value(ByteBuffer d, int k, char kind, int size, String where) {
        int at = k * size;
        switch (kind) {
            case 'f':
                if (size == 8) {
                    return d.getDouble(at);
                }
                if (size == 4) {
                    return d.getFloat(at);
                }
                break;
            case 'i':
                switch (size) {
                    case 1: return d.get(at);
                    case 2: return d.getShort(at);
                    case 4: return d.getInt(at);
                    case 8: return d.getLong(at);
                    default: break;
                }
                break;
            case 'u':
            case 'b':
                switch (size) {
                    case 1: return d.get(at) & 0xFF;
                    case 2: return d.getShort(at) & 0xFFFF;
                    case 4: return d.getInt(at) & 0xFFFFFFFFL;
                    // uint64 above 2^63 - 1 would read negative as a signed long; halve, convert, double back.
                    case 8: return kind == 'u' ? unsigned(d.getLong(at)) : d.getLong(at);
                    default: break;
                }
                break;
            default:
                break;
        }
        throw new ModelException(where + ": dtype " + kind + size + " is not supported; use float, int, uint or bool");
    }

    private static double unsigned(long bits) {
        return bits >= 0 ? bits : (double) (bits >>> 1) * 2.0 + (bits & 1L);
    }
}
