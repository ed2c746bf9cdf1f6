/*
 * Host build of brainj_neurons.cuh (the update fragments the device kernels apply per element), driven by
 * NeuronFragmentsHarnessTest to compare each fragment with the Java model it ports, without a GPU.
 *
 * Usage:
 *   neuron_harness constants                 prints the hex bits of the exponential constants the header hard-codes
 *   neuron_harness held TAU_REF DT INCL      prints bj_lif_held_steps (arguments as hex bits, INCL 0 or 1)
 *   neuron_harness run IN OUT                runs the scenario of file IN, writes every step's state to OUT
 *   neuron_harness run32 IN OUT              the same with the float instantiation (state in float, times double)
 *
 * Scenario file (little endian): int32 neuron kind, n, steps; double dt; uint64 seed; int32 stream;
 *   int32 P, double[P] neuron parameters; int32 S synapses, each: int32 kind, int32 Q, double[Q], int32 output kind,
 *   double[5] output parameters; int32 poisson-input target synapse (-1: none), int32 its stream, double[3] its
 *   parameters; then the initial state, each variable as double[n]: the neuron's (LIF: V, t_last; IZH: V, u, t_last;
 *   ADEX: V, w, t_last; HH: V, m, h, n; TM: V, m, h, n, t_last; POISSON: none), then each synapse's (g, or g and h);
 *   then per step: double[n] input, double[n] delta, and per synapse double[n] arrivals (added to g, or to h).
 * Output: per step the same state variables, then int8[n] flags (BJ_SPIKE | BJ_DIVERGED).
 * A step is: arrivals; the Poisson input; each synapse's output added to the input in order (read at V of the start
 * of the step); the neuron. Time t = step dt.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vector>

#include "../../main/cuda/brainj_neurons.cuh"

enum { K_LIF, K_IZH, K_ADEX, K_HH, K_TM, K_POISSON };
enum { S_EXPON, S_DUAL, S_ALPHA };

static FILE *in_file;

static void read_bytes(void *p, size_t n) {
    if (fread(p, 1, n, in_file) != n) {
        fprintf(stderr, "neuron_harness: scenario file too short\n");
        exit(3);
    }
}

static int read_int() {
    int32_t v;
    read_bytes(&v, 4);
    return v;
}

static double read_double() {
    double v;
    read_bytes(&v, 8);
    return v;
}

static std::vector<double> read_doubles(int n) {
    std::vector<double> v(n);
    if (n > 0) {
        read_bytes(v.data(), 8 * (size_t) n);
    }
    return v;
}

static int neuron_vars(int kind) {
    switch (kind) {
    case K_LIF: return 2;
    case K_IZH: case K_ADEX: return 3;
    case K_HH: return 4;
    case K_TM: return 5;
    default: return 0;
    }
}

template <typename T> struct synapse {
    int kind;
    std::vector<double> params;
    bj_dual<T> dual;
    bj_expon<T> expon;
    bj_output<T> out;
    std::vector<T> g, h;
};

/* The state in precision T (read and written as double). */
template <typename T> static std::vector<T> read_state(int n) {
    std::vector<double> d = read_doubles(n);
    return std::vector<T>(d.begin(), d.end());
}

template <typename T> static void write_state(const std::vector<T> &x, FILE *out) {
    std::vector<double> d(x.begin(), x.end());
    fwrite(d.data(), 8, d.size(), out);
}

template <typename T> static int run(const char *in_path, const char *out_path) {
    in_file = fopen(in_path, "rb");
    FILE *out = fopen(out_path, "wb");
    if (!in_file || !out) {
        fprintf(stderr, "neuron_harness: cannot open files\n");
        return 2;
    }
    int kind = read_int();
    int n = read_int();
    int steps = read_int();
    double dt = read_double();
    uint64_t seed;
    read_bytes(&seed, 8);
    uint32_t stream = (uint32_t) read_int();
    int np = read_int();
    std::vector<double> p = read_doubles(np);
    int ns = read_int();
    std::vector<synapse<T>> syn(ns);
    for (synapse<T> &s : syn) {
        s.kind = read_int();
        int q = read_int();
        s.params = read_doubles(q);
        int out_kind = read_int();
        std::vector<double> op = read_doubles(BJ_OUT_PARAMETERS);
        s.out = bj_output_prepare<T>(out_kind, op.data());
        if (s.kind == S_EXPON) {
            s.expon = bj_expon_prepare<T>(s.params.data(), dt);
        } else if (s.kind == S_DUAL) {
            s.dual = bj_dual_prepare<T>(s.params.data(), dt);
        } else {
            s.dual = bj_alpha_prepare<T>(s.params.data(), dt);
        }
    }
    int pin_target = read_int();
    uint32_t pin_stream = (uint32_t) read_int();
    std::vector<double> pin_params = read_doubles(BJ_PIN_PARAMETERS);
    bj_pin pin = bj_pin_prepare(pin_params.data(), dt);
    std::vector<long long> pin_next(n, BJ_PIN_UNDRAWN);

    int nv = neuron_vars(kind);
    // V, the other state variables, and last the spike time, which stays double in both precisions.
    int timed = kind == K_LIF || kind == K_IZH || kind == K_ADEX || kind == K_TM;
    std::vector<std::vector<T>> x(nv);
    std::vector<double> t_last;
    for (int k = 0; k < nv; k++) {
        if (timed && k == nv - 1) {
            t_last = read_doubles(n);
        } else {
            x[k] = read_state<T>(n);
        }
    }
    for (synapse<T> &s : syn) {
        s.g = read_state<T>(n);
        if (s.kind != S_EXPON) {
            s.h = read_state<T>(n);
        }
    }
    std::vector<int> held(n, 0);
    bj_lif<T> lif = bj_lif_prepare<T>(p.data(), dt);
    bj_izh<T> izh = bj_izh_prepare<T>(p.data(), dt);
    bj_adex<T> adex = bj_adex_prepare<T>(p.data(), dt);
    bj_hh<T> hh = bj_hh_prepare<T>(p.data(), dt);
    bj_tm<T> tm = bj_tm_prepare<T>(p.data(), dt);
    double poisson_p = kind == K_POISSON ? p[0] * dt / 1000.0 : 0.0;
    std::vector<int8_t> flags(n);
    for (int s = 0; s < steps; s++) {
        double t = s * dt;
        std::vector<double> input = read_doubles(n);
        std::vector<double> delta = read_doubles(n);
        for (synapse<T> &y : syn) {
            std::vector<double> arrivals = read_doubles(n);
            std::vector<T> &target = y.kind == S_EXPON ? y.g : y.h;
            for (int i = 0; i < n; i++) {
                target[i] += (T) arrivals[i];
            }
        }
        if (pin_target >= 0) {
            for (int i = 0; i < n; i++) {
                bj_pin_step<T>(pin, seed, pin_stream, (uint32_t) i, (uint64_t) s, syn[pin_target].g[i],
                                    pin_next[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            T v = nv > 0 ? x[0][i] : (T) 0;
            T current = (T) input[i];
            for (synapse<T> &y : syn) {
                T value = y.kind == S_EXPON ? bj_expon_step(y.expon, y.g[i]) : bj_dual_step(y.dual, y.g[i], y.h[i]);
                current += bj_output_current(y.out, value, v);
            }
            int f = 0;
            T d = (T) delta[i];
            switch (kind) {
            case K_LIF: f = bj_lif_step(lif, x[0][i], held[i], t_last[i], current, d, t); break;
            case K_IZH: f = bj_izh_step(izh, x[0][i], x[1][i], held[i], t_last[i], current, d, t); break;
            case K_ADEX: f = bj_adex_step(adex, x[0][i], x[1][i], held[i], t_last[i], current, d, t); break;
            case K_HH: f = bj_hh_step(hh, x[0][i], x[1][i], x[2][i], x[3][i], current, d); break;
            case K_TM: f = bj_tm_step(tm, x[0][i], x[1][i], x[2][i], x[3][i], t_last[i], current, d, t); break;
            default: f = bj_poisson_group_step(poisson_p, seed, stream, (uint32_t) i, (uint64_t) s); break;
            }
            flags[i] = (int8_t) f;
        }
        for (int k = 0; k < nv; k++) {
            if (timed && k == nv - 1) {
                fwrite(t_last.data(), 8, (size_t) n, out);
            } else {
                write_state(x[k], out);
            }
        }
        for (synapse<T> &y : syn) {
            write_state(y.g, out);
            if (y.kind != S_EXPON) {
                write_state(y.h, out);
            }
        }
        fwrite(flags.data(), 1, (size_t) n, out);
    }
    fclose(in_file);
    fclose(out);
    return 0;
}

static double from_hex(const char *s) {
    return bj_bits_double((uint64_t) strtoull(s, NULL, 16));
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "constants") == 0) {
        const double c[] = {BJ_FM_SCALE, BJ_TM_EXP_13_4, BJ_TM_EXP_8, BJ_TM_EXP_M5, BJ_TM_AH, BJ_TM_BN};
        for (double d : c) {
            printf("%016" PRIx64 "\n", bj_double_bits(d));
        }
        return 0;
    }
    if (argc == 5 && strcmp(argv[1], "held") == 0) {
        printf("%d\n", bj_lif_held_steps(from_hex(argv[2]), from_hex(argv[3]), atoi(argv[4])));
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "run") == 0) {
        return run<double>(argv[2], argv[3]);
    }
    if (argc == 4 && strcmp(argv[1], "run32") == 0) {
        return run<float>(argv[2], argv[3]);
    }
    fprintf(stderr, "usage: neuron_harness constants | held TAU_REF DT INCL | run IN OUT | run32 IN OUT\n");
    return 2;
}
