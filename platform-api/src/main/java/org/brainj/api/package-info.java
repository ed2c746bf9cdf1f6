/**
 * The catalogue of the platform's service provider interfaces.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api;
