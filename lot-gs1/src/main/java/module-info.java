/**
 * Lotkit GS1: a strict, typed parser and builder for GS1 Application Identifier data — bracketed and
 * unbracketed element strings, raw scanner data with AIM symbology identifiers, and GS1 Digital Link URIs.
 */
module io.lotkit.gs1 {
    requires transitive io.lotkit.core;
    requires com.fasterxml.jackson.databind;

    exports io.lotkit.gs1;
}
