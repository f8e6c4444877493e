/**
 * GS1 Application Identifier parsing, validation and encoding.
 */
package io.lotkit.gs1;
