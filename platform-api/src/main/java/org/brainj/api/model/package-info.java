/**
 * Model factories: neurons, synapses, channels, rate models, inputs and connectors created by name from validated parameters.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.brainj.api.model;
