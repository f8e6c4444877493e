/**
 * Lotkit core: the lot vocabulary ({@link io.lotkit.core}), the lot-number format engine
 * ({@link io.lotkit.core.format}) and generator ({@link io.lotkit.core.sequence}), the journal SPI every
 * stateful Lotkit component writes through ({@link io.lotkit.core.spi}) with its in-memory and file
 * implementations ({@link io.lotkit.core.journal}), and optional Jackson support ({@link io.lotkit.core.json}).
 *
 * <p>Jackson is a {@code static} dependency: it is needed at run time only by the file journal and the JSON
 * support.
 */
module io.lotkit.core {
    requires org.slf4j;
    requires static com.fasterxml.jackson.databind;

    exports io.lotkit.core;
    exports io.lotkit.core.format;
    exports io.lotkit.core.sequence;
    exports io.lotkit.core.spi;
    exports io.lotkit.core.journal;
    exports io.lotkit.core.json;
}
