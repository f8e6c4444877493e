package io.lotkit.gs1;

/** The units of the measure AIs 31nn–36nn, by their first three digits (GS1 General Specifications 3.6). */
final class MeasureUnits {

    private static final String[] UNITS = new String[370];

    static {
        for (String entry : new String[] {
            "310 kg", "311 m", "312 m", "313 m", "314 m2", "315 l", "316 m3",
            "320 lb", "321 in", "322 ft", "323 yd", "324 in", "325 ft", "326 yd", "327 in", "328 ft", "329 yd",
            "330 kg", "331 m", "332 m", "333 m", "334 m2", "335 l", "336 m3",
            "340 lb", "341 in", "342 ft", "343 yd", "344 in", "345 ft", "346 yd", "347 in", "348 ft", "349 yd",
            "350 in2", "351 ft2", "352 yd2", "353 in2", "354 ft2", "355 yd2", "356 ozt", "357 oz",
            "360 qt", "361 gal", "362 qt", "363 gal", "364 in3", "365 ft3", "366 yd3", "367 in3", "368 ft3",
            "369 yd3"}) {
            UNITS[Integer.parseInt(entry.substring(0, 3))] = entry.substring(4);
        }
    }

    private MeasureUnits() {
    }

    /** Returns the unit of a four-digit measure AI, or null if it is none. */
    static String forAi(String ai) {
        int prefix = Integer.parseInt(ai.substring(0, 3));
        return prefix < UNITS.length ? UNITS[prefix] : null;
    }
}
