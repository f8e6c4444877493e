package io.lotkit.drill;

import io.lotkit.core.UnitOfMeasure;
import io.lotkit.fefo.MinimumShelfLife;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The drill's plant: a spread factory with five raw materials from five suppliers, three products and four
 * customers with their own shelf-life rules. Master data only; the year's events are made from it by the steps.
 *
 * <p>GTINs use GS1's example company prefix 0950110, so no real product is named.
 */
final class Plant {

    static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    static final UnitOfMeasure EA = UnitOfMeasure.of("EA");

    static final String NAME = "Lotkit Spreads, Ghent";
    static final String RAW_LOCATION = "RAW-01";
    static final String FINISHED_LOCATION = "FG-01";
    static final String RECEIVING_DOCK = "Lotkit Spreads, Ghent, dock 2";
    static final String SHIP_FROM = "Lotkit Spreads, Ghent, dispatch";
    static final String PRODUCTION_HALL = "Lotkit Spreads, Ghent, production hall";

    /** Jars of a product are ordered and made in whole cases. */
    static final int CASE_SIZE = 12;

    /**
     * A raw material and the supplier that delivers it.
     *
     * @param gtin the GTIN-14 on the supplier's pallets, which is also the item code in stock and genealogy
     * @param name the product description
     * @param supplier the supplier
     * @param shipFrom where the supplier ships from
     * @param lotPrefix how the supplier's lot numbers start
     * @param shelfLifeDays days from delivery to expiry
     */
    record RawMaterial(String gtin, String name, String supplier, String shipFrom, String lotPrefix,
            int shelfLifeDays) {
    }

    /**
     * A finished product and its recipe.
     *
     * @param gtin the GTIN-14 of the jar, the item code
     * @param name the product description
     * @param shelfLifeDays days from production to expiry
     * @param kgPerJar kilograms of each raw material (by GTIN) one jar consumes
     */
    record Product(String gtin, String name, int shelfLifeDays, Map<String, BigDecimal> kgPerJar) {
    }

    /**
     * A customer and the rules its orders carry.
     *
     * @param name the customer
     * @param shipTo where its orders go
     * @param minimumShelfLife the shelf life a lot must have left on the ship date
     * @param notOlderThanLastShipped whether a lot may not be older than the last one it received
     * @param maxLots the most lots one order line may be split over
     */
    record Customer(String name, String shipTo, MinimumShelfLife minimumShelfLife, boolean notOlderThanLastShipped,
            int maxLots) {
    }

    static final RawMaterial MILK_POWDER = new RawMaterial(gtin("0095011010101"), "Skimmed milk powder, 25 kg bags",
            "Alpine Dairy AG", "Alpine Dairy AG, Bern", "AD", 180);
    static final RawMaterial SUGAR = new RawMaterial(gtin("0095011010102"), "White sugar, big bag",
            "Sucra Mills NV", "Sucra Mills NV, Tienen", "SM", 360);
    static final RawMaterial COCOA = new RawMaterial(gtin("0095011010103"), "Cocoa powder 10/12, 25 kg bags",
            "Gold Coast Cocoa Ltd", "Gold Coast Cocoa Ltd, Tema", "GC", 270);
    static final RawMaterial HAZELNUTS = new RawMaterial(gtin("0095011010104"), "Roasted hazelnuts, 20 kg cartons",
            "Piedmont Nuts Srl", "Piedmont Nuts Srl, Alba", "PN", 150);
    static final RawMaterial OIL = new RawMaterial(gtin("0095011010105"), "Sunflower oil, 1000 l IBC",
            "Helios Oils SA", "Helios Oils SA, Seville", "HO", 240);

    static final List<RawMaterial> RAW_MATERIALS = List.of(MILK_POWDER, SUGAR, COCOA, HAZELNUTS, OIL);

    static final List<Product> PRODUCTS = List.of(
            new Product(gtin("0095011010201"), "Hazelnut cocoa spread 400 g", 270, Map.of(
                    HAZELNUTS.gtin(), kg("0.052"), SUGAR.gtin(), kg("0.200"), COCOA.gtin(), kg("0.030"),
                    MILK_POWDER.gtin(), kg("0.030"), OIL.gtin(), kg("0.088"))),
            new Product(gtin("0095011010202"), "Dark chocolate spread 350 g", 240, Map.of(
                    COCOA.gtin(), kg("0.070"), SUGAR.gtin(), kg("0.150"), OIL.gtin(), kg("0.110"),
                    HAZELNUTS.gtin(), kg("0.020"))),
            new Product(gtin("0095011010203"), "Milk cream spread 400 g", 180, Map.of(
                    MILK_POWDER.gtin(), kg("0.090"), SUGAR.gtin(), kg("0.180"), OIL.gtin(), kg("0.100"),
                    HAZELNUTS.gtin(), kg("0.030"))));

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("FreshMart Retail", "FreshMart DC, Antwerp", MinimumShelfLife.percent(60), true, 3),
            new Customer("Discount Depot", "Discount Depot, Lille", MinimumShelfLife.days(30), false, 6),
            new Customer("Nordic Export AB", "Nordic Export AB, Gothenburg", MinimumShelfLife.days(150), false, 2),
            new Customer("City Hospital Catering", "City Hospital, Ghent", MinimumShelfLife.days(60), false, 1));

    private Plant() {
    }

    static RawMaterial rawMaterial(String gtin) {
        for (RawMaterial raw : RAW_MATERIALS) {
            if (raw.gtin().equals(gtin)) {
                return raw;
            }
        }
        return null;
    }

    /** Appends the GS1 mod-10 check digit to the first 13 digits of a GTIN-14. */
    static String gtin(String first13) {
        int sum = 0;
        for (int i = 0; i < first13.length(); i++) {
            int digit = first13.charAt(first13.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return first13 + (10 - sum % 10) % 10;
    }

    private static BigDecimal kg(String value) {
        return new BigDecimal(value);
    }
}
