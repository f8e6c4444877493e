package io.lotkit.gs1;

/**
 * The {@code packagetype} routine: a package type code for AI 7256 (and the EPCIS packaging vocabulary), drawn from
 * UN/ECE Recommendation 21 codes as GS1 lists them, together with GS1's own additions (the three-character codes
 * such as {@code BGE} or {@code X11}).
 *
 * <p>Codes are one to three characters of digits and upper-case letters. Each is mapped to a number in base 37
 * (0 for "no character", 1-10 for digits, 11-36 for letters), and the valid numbers form a bitset, so a check is
 * a few arithmetic steps and one bit test. Stateless and thread-safe.
 */
final class PackageTypes {

    /** The valid codes, separated by single spaces, shortest first. */
    private static final String CODES =
            "8 9 1A 1B 1D 1F 1G 1W 2C 3A 3H 43 44 4A 4B 4C 4D 4F 4G 4H 5H 5L 5M 6H 6P 7A 7B 8A 8B 8C AA AB AC AD "
            + "AF AG AH AI AJ AL AM AP AT AV B4 BB BC BD BE BF BG BH BI BJ BK BL BM BN BO BP BQ BR BS BT BU BV BW "
            + "BX BY BZ CA CB CC CD CE CF CG CH CI CJ CK CL CM CN CO CP CQ CR CS CT CU CV CW CX CY CZ DA DB DC DG "
            + "DH DI DJ DK DL DM DN DP DR DS DT DU DV DW DX DY E1 E2 E3 EC ED EE EF EG EH EI EN FB FC FD FE FI FL "
            + "FO FP FR FT FW FX GB GI GL GR GU GY GZ HA HB HC HG HN HR IA IB IC ID IE IF IG IH IK IL IN IZ JB JC "
            + "JG JR JT JY KG KI LE LG LT LU LV LZ MA MB MC ME MR MS MT MW MX NA NE NF NG NS NT NU NV OA OB OC OD "
            + "OE OF OK OT OU P2 PA PB PC PD PE PF PG PH PI PJ PK PL PN PO PP PR PT PU PV PX PY PZ QA QB QC QD QF "
            + "QG QH QJ QK QL QM QN QP QQ QR QS RD RG RJ RK RL RO RT RZ S1 SA SB SC SD SE SH SI SK SL SM SO SP SS "
            + "ST SU SV SW SX SY SZ T1 TB TC TD TE TG TI TK TL TN TO TR TS TT TU TV TW TY TZ UC UN VA VG VI VK VL "
            + "VN VO VP VQ VR VS VY WA WB WC WD WF WG WH WJ WK WL WM WN WP WQ WR WS WT WU WV WW WX WY WZ X3 XA XB "
            + "XC XD XF XG XH XJ XK YA YB YC YD YF YG YH YJ YK YL YM YN YP YQ YR YS YT YV YW YX YY YZ ZA ZB ZC ZD "
            + "ZF ZG ZH ZJ ZK ZL ZM ZN ZP ZQ ZR ZS ZT ZU ZV ZW ZX ZY ZZ 200 201 202 203 204 205 206 210 211 212 "
            + "APE BGE BME BRI CBL CCE DPE FOB FPE LAB MPE OPE PAE PLP POP PPE PUE RB1 RB2 RB3 RCB SEC STL TEV THE "
            + "TRE TTE TWE UUE WRP X11 X12 X15 X16 X17 X18 X19 X20 ";

    private static final int RADIX = 37;
    private static final long[] VALID = new long[(RADIX * RADIX * RADIX + 63) / 64];

    static {
        int start = 0;
        for (int i = 0; i <= CODES.length(); i++) {
            if (i == CODES.length() || CODES.charAt(i) == ' ') {
                if (i > start) {
                    int key = key(CODES, start, i);
                    VALID[key >> 6] |= 1L << key;
                }
                start = i + 1;
            }
        }
    }

    private PackageTypes() {
    }

    /** The base-37 key of {@code s[from, to)}, or -1 if it is not one to three digits or upper-case letters. */
    private static int key(String s, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return -1;
        }
        int key = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0' + 1;
            } else if (c >= 'A' && c <= 'Z') {
                digit = c - 'A' + 11;
            } else {
                return -1;
            }
            key = key * RADIX + digit;
        }
        return key;
    }

    static LintFailure lint(String s) {
        int key = key(s, 0, s.length());
        if (key >= 0 && (VALID[key >> 6] & (1L << key)) != 0) {
            return null;
        }
        return LintReason.INVALID_PACKAGE_TYPE.at(0, s.length());
    }
}
