package org.brainj.api.model;

/** The scale and role of a model, for listings and for checking that a spec uses a model where it fits. */
public enum ModelKind {
    /** A spiking neuron population. */
    NEURON,
    /** A rate or population (mean-field) model. */
    RATE,
    /** A synapse's dynamics (conductance or current kinetics). */
    SYNAPSE,
    /** How synaptic state acts on the postsynaptic neuron (COBA, CUBA, MgBlock). */
    OUTPUT,
    /** An ion channel or ion. */
    CHANNEL,
    /** A plasticity rule. */
    PLASTICITY,
    /** An input generator (currents, Poisson drives). */
    INPUT,
    /** A connectivity rule. */
    CONNECTOR,
    /** A whole network or system. */
    NETWORK,
    /** A weight-matrix initializer ({@code bp.init}: Kaiming, Xavier, orthogonal, ...). */
    INITIALIZER
}
