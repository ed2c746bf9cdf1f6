/**
 * Finding providers: the {@link org.brainj.api.platform.Providers} facade looks services up in the OSGi service registry inside a framework and through {@link java.util.ServiceLoader} on a plain classpath.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.platform;
