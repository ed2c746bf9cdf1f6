package org.brainj.models.zoo.channels;

import org.brainj.api.core.ParameterException;
import org.brainj.models.internal.GatingMath;

/**
 * Reversal potentials and the Goldman–Hodgkin–Katz current, with BrainPy's constants (R = 8.31441 J/(mol·K),
 * F = 96.489 kC/mol, so RT/F comes out in mV; T in °C is converted with 273.15).
 */
public final class Reversal {

    /** The gas constant [J/(mol·K)], BrainPy's {@code CalciumDyna.R}. */
    public static final double R = 8.31441;
    /** The Faraday constant [kC/mol] (BrainPy's {@code CalciumDyna.F}: with it RT/F is in mV). */
    public static final double F = 96.489;

    private Reversal() {
    }

    /**
     * The Nernst potential E = (RT/(zF)) ln(c_out/c_in).
     *
     * @param z       the ion's valence (e.g. 2 for Ca²⁺, −1 for Cl⁻), non-zero
     * @param celsius the temperature [°C]
     * @param cOut    extracellular concentration [mM], &gt; 0
     * @param cIn     intracellular concentration [mM], &gt; 0
     * @return E [mV]
     * @throws ParameterException naming the argument out of range
     */
    public static double nernst(int z, double celsius, double cOut, double cIn) {
        if (z == 0) {
            throw new ParameterException("z", "0", "must be a non-zero valence");
        }
        requirePositive("cOut", cOut);
        requirePositive("cIn", cIn);
        return R * (273.15 + celsius) / (z * F) * Math.log(cOut / cIn);
    }

    /**
     * The Goldman–Hodgkin–Katz voltage equation for K⁺, Na⁺ and Cl⁻:
     * E = (RT/F) ln((P_K K_o + P_Na Na_o + P_Cl Cl_i) / (P_K K_i + P_Na Na_i + P_Cl Cl_o)).
     *
     * @param celsius temperature [°C]
     * @param pK      relative permeability of K⁺, ≥ 0
     * @param pNa     relative permeability of Na⁺, ≥ 0
     * @param pCl     relative permeability of Cl⁻, ≥ 0
     * @param kOut    [K⁺]_o [mM]
     * @param kIn     [K⁺]_i [mM]
     * @param naOut   [Na⁺]_o [mM]
     * @param naIn    [Na⁺]_i [mM]
     * @param clOut   [Cl⁻]_o [mM]
     * @param clIn    [Cl⁻]_i [mM]
     * @return the resting potential [mV]
     */
    public static double goldman(double celsius, double pK, double pNa, double pCl, double kOut, double kIn,
                                 double naOut, double naIn, double clOut, double clIn) {
        double num = pK * kOut + pNa * naOut + pCl * clIn;
        double den = pK * kIn + pNa * naIn + pCl * clOut;
        requirePositive("numerator P_K K_o + P_Na Na_o + P_Cl Cl_i", num);
        requirePositive("denominator P_K K_i + P_Na Na_i + P_Cl Cl_o", den);
        return R * (273.15 + celsius) / F * Math.log(num / den);
    }

    /**
     * The GHK current density I = P z F u (c_in − c_out e<sup>−u</sup>) / (1 − e<sup>−u</sup>), u = zFV/(RT), in the
     * membrane convention (outward positive); it vanishes at the Nernst potential.
     *
     * @param permeability P [cm/s], ≥ 0
     * @param z            valence, non-zero
     * @param v            membrane potential [mV]
     * @param celsius      temperature [°C]
     * @param cIn          intracellular concentration [mM]
     * @param cOut         extracellular concentration [mM]
     * @return the current density [µA/cm²]
     */
    public static double ghkCurrent(double permeability, int z, double v, double celsius, double cIn, double cOut) {
        if (z == 0) {
            throw new ParameterException("z", "0", "must be a non-zero valence");
        }
        double u = z * F * v / (R * (273.15 + celsius));
        // u/(1 − e^(−u)) = (−u)/(e^(−u) − 1), finite at V = 0. P[cm/s]·c[mM] → 1e-2 m/s · mol/m³; A/m² → 1e2 µA/cm².
        return permeability * z * F * 1000.0 * GatingMath.xOverExpm1(-u) * (cIn - cOut * Math.exp(-u));
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new ParameterException(name, String.valueOf(value), "must be finite and > 0");
        }
    }
}
