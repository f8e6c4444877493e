/**
 * Lotkit FEFO: allocation of lot stock to order lines by expiry (FEFO), age (FIFO/LIFO) or a custom order,
 * journaled through the lot-core journal and safe under concurrent reservations.
 */
module io.lotkit.fefo {
    requires transitive io.lotkit.core;
    requires com.fasterxml.jackson.databind;

    exports io.lotkit.fefo;
}
