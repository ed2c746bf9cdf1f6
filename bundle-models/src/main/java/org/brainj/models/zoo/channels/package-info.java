/**
 * Ion channels and ions for conductance-based neurons ({@link org.brainj.models.zoo.CondNeuGroup}), with BrainPy's
 * names, parameters and defaults ({@code brainpy.dyn} channels and ions): sodium, potassium, calcium,
 * calcium-activated, hyperpolarisation-activated and leak channels, fixed and dynamic calcium, and Nernst/GHK
 * reversal potentials ({@link org.brainj.models.zoo.channels.Reversal}).
 *
 * <p>A channel holds its gating variables as one {@code double[]} per gate over the neurons of its population
 * (structure of arrays); its population asks it each step for its conductance and current and advances its gates by
 * exponential Euler, allocation-free. Each channel class lists its parameters ({@code PARAMETERS}) and descriptor
 * ({@code DESCRIPTOR}) and is built from user parameters by {@code create(size, params)}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.models.zoo.channels;
