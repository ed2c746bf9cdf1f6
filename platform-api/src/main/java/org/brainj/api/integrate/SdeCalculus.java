package org.brainj.api.integrate;

/** Interpretation of the stochastic integral. */
public enum SdeCalculus {
    /** Itô: the integrand is evaluated at the start of each increment. */
    ITO,
    /** Stratonovich: the integrand is evaluated at the midpoint of each increment. */
    STRATONOVICH
}
