/**
 * Lotkit genealogy: the in-memory lot genealogy graph with forward and backward traces, recall scope and the
 * FSMA 204 and EPCIS 2.0 exports.
 */
module io.lotkit.genealogy {
    requires transitive io.lotkit.core;
    requires io.lotkit.gs1;
    requires com.fasterxml.jackson.databind;

    exports io.lotkit.genealogy;
    // The event records are read and written by Jackson in the file journal's JSON codec.
    opens io.lotkit.genealogy to com.fasterxml.jackson.databind;
}
