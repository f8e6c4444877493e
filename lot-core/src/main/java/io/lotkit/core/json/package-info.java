/**
 * Optional Jackson support: a Jackson {@code Module} for Lotkit's value types and a JSON event codec for the
 * journals. Needs {@code jackson-databind} on the class or module path.
 */
package io.lotkit.core.json;
