/**
 * Sign-in for a shared server (Spring Security with Vaadin's integration), roles, security headers and the audit log.
 * The embedded single-user default (127.0.0.1, no users configured) needs no sign-in.
 */
package org.geobrief.security;
