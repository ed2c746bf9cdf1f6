/**
 * Operator backends: dense, sparse, event-driven, just-in-time connectivity and segment operators, plus the custom-operator SPI.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.brainj.api.ops;
