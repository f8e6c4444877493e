package io.lotkit.gs1;

/**
 * ISO 3166-1 country codes: {@code iso3166} (numeric), {@code iso3166999} (numeric, or 999 for "several or
 * unknown") and {@code iso3166alpha2} (alpha-2), from the officially assigned codes.
 *
 * <p>Both code kinds are held as bitsets indexed by the code's value (0-999 for numeric, 26 * 26 letter pairs for
 * alpha-2), built once from one compact table. Stateless and thread-safe.
 */
final class Countries {

    /**
     * Each officially assigned ISO 3166-1 entry as its alpha-2 code then its three-digit numeric code. One table
     * feeds both bitsets so that the two kinds cannot drift apart.
     */
    private static final String ASSIGNED =
            "AD020 AE784 AF004 AG028 AI660 AL008 AM051 AO024 AQ010 AR032 AS016 AT040 AU036 AW533 AX248 AZ031 "
            + "BA070 BB052 BD050 BE056 BF854 BG100 BH048 BI108 BJ204 BL652 BM060 BN096 BO068 BQ535 BR076 BS044 "
            + "BT064 BV074 BW072 BY112 BZ084 CA124 CC166 CD180 CF140 CG178 CH756 CI384 CK184 CL152 CM120 CN156 "
            + "CO170 CR188 CU192 CV132 CW531 CX162 CY196 CZ203 DE276 DJ262 DK208 DM212 DO214 DZ012 EC218 EE233 "
            + "EG818 EH732 ER232 ES724 ET231 FI246 FJ242 FK238 FM583 FO234 FR250 GA266 GB826 GD308 GE268 GF254 "
            + "GG831 GH288 GI292 GL304 GM270 GN324 GP312 GQ226 GR300 GS239 GT320 GU316 GW624 GY328 HK344 HM334 "
            + "HN340 HR191 HT332 HU348 ID360 IE372 IL376 IM833 IN356 IO086 IQ368 IR364 IS352 IT380 JE832 JM388 "
            + "JO400 JP392 KE404 KG417 KH116 KI296 KM174 KN659 KP408 KR410 KW414 KY136 KZ398 LA418 LB422 LC662 "
            + "LI438 LK144 LR430 LS426 LT440 LU442 LV428 LY434 MA504 MC492 MD498 ME499 MF663 MG450 MH584 MK807 "
            + "ML466 MM104 MN496 MO446 MP580 MQ474 MR478 MS500 MT470 MU480 MV462 MW454 MX484 MY458 MZ508 NA516 "
            + "NC540 NE562 NF574 NG566 NI558 NL528 NO578 NP524 NR520 NU570 NZ554 OM512 PA591 PE604 PF258 PG598 "
            + "PH608 PK586 PL616 PM666 PN612 PR630 PS275 PT620 PW585 PY600 QA634 RE638 RO642 RS688 RU643 RW646 "
            + "SA682 SB090 SC690 SD729 SE752 SG702 SH654 SI705 SJ744 SK703 SL694 SM674 SN686 SO706 SR740 SS728 "
            + "ST678 SV222 SX534 SY760 SZ748 TC796 TD148 TF260 TG768 TH764 TJ762 TK772 TL626 TM795 TN788 TO776 "
            + "TR792 TT780 TV798 TW158 TZ834 UA804 UG800 UM581 US840 UY858 UZ860 VA336 VC670 VE862 VG092 VI850 "
            + "VN704 VU548 WF876 WS882 YE887 YT175 ZA710 ZM894 ZW716";

    private static final int ENTRY_WIDTH = 6;

    private static final long[] NUMERIC = new long[(1000 + 63) / 64];
    private static final long[] ALPHA2 = new long[(26 * 26 + 63) / 64];

    static {
        for (int at = 0; at < ASSIGNED.length(); at += ENTRY_WIDTH) {
            int letters = (ASSIGNED.charAt(at) - 'A') * 26 + ASSIGNED.charAt(at + 1) - 'A';
            int number = Integer.parseInt(ASSIGNED, at + 2, at + 5, 10);
            ALPHA2[letters >> 6] |= 1L << letters;
            NUMERIC[number >> 6] |= 1L << number;
        }
    }

    private Countries() {
    }

    /** Whether {@code s[at, at+2)} is an assigned alpha-2 code (upper-case letters only). */
    static boolean isAlpha2(String s, int at) {
        char first = s.charAt(at);
        char second = s.charAt(at + 1);
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return false;
        }
        int letters = (first - 'A') * 26 + second - 'A';
        return (ALPHA2[letters >> 6] & (1L << letters)) != 0;
    }

    /** The three-digit value of {@code s}, or -1 unless {@code s} is exactly three digits. */
    static int threeDigits(String s) {
        if (s.length() != 3) {
            return -1;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        char c = s.charAt(2);
        if (!CharacterSets.isDigit(a) || !CharacterSets.isDigit(b) || !CharacterSets.isDigit(c)) {
            return -1;
        }
        return (a - '0') * 100 + (b - '0') * 10 + c - '0';
    }

    static boolean isNumeric(int code) {
        return code >= 0 && (NUMERIC[code >> 6] & (1L << code)) != 0;
    }

    static LintFailure numeric(String s) {
        return isNumeric(threeDigits(s)) ? null : LintReason.INVALID_COUNTRY_NUMERIC.at(0, s.length());
    }

    static LintFailure numericOr999(String s) {
        int code = threeDigits(s);
        return code == 999 || isNumeric(code) ? null : LintReason.INVALID_COUNTRY_NUMERIC_OR_999.at(0, s.length());
    }

    static LintFailure alpha2(String s) {
        return s.length() == 2 && isAlpha2(s, 0) ? null : LintReason.INVALID_COUNTRY_ALPHA2.at(0, s.length());
    }
}
