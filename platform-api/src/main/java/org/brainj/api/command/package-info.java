/**
 * Command-line and shell commands contributed by bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.command;
