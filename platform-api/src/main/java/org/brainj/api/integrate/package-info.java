/**
 * Numerical integration contracts: equation systems (ODE, SDE, delay, fractional), steppers and the integrator SPI keyed by method name.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.integrate;
