/**
 * The model zoo: neurons, synapses, synaptic outputs and inputs with BrainPy's names, parameters and defaults, built
 * on the {@link org.brainj.models.kit model-building kit}. Each model lists its parameters ({@code PARAMETERS}) and
 * its descriptor ({@code DESCRIPTOR}) and is created from user parameters by {@code create}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.models.zoo;
