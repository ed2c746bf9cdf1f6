package org.brainj.api.integrate;

/** The family of equations a method integrates. */
public enum EquationKind {
    /** Ordinary differential equations ({@link OdeSystem}). */
    ODE,
    /** Stochastic differential equations ({@link SdeSystem}). */
    SDE,
    /** Delay differential equations ({@link DelayedOdeSystem}). */
    DDE,
    /** Fractional-order differential equations ({@link FractionalOdeSystem}). */
    FDE
}
