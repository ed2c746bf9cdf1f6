/**
 * Running models: the simulator, run requests, monitors, progress and results.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.brainj.api.run;
