package io.lotkit.core.format;

/**
 * The limit a pattern's output is checked against when it is compiled.
 */
public enum Gs1Limit {

    /**
     * The longest possible output fits GS1 Application Identifier (10), batch or lot number: at most 20 characters,
     * every one of them in GS1 character set 82. The default.
     */
    AI_10,

    /**
     * No GS1 limit: for lot numbers that are never encoded in a GS1 barcode. Chosen explicitly, never by default.
     */
    NONE
}
