package io.lotkit.gs1;

/**
 * The {@code iso4217} routine: a three-digit ISO 4217 numeric currency code in current use, including the fund
 * codes and the codes for precious metals, special drawing rights, testing (963) and "no currency" (999).
 *
 * <p>The codes are a bitset indexed by value, built once. Stateless and thread-safe.
 */
final class Currencies {

    /** The numeric codes in force, grouped by hundreds for reading. */
    private static final String CURRENT =
            "008 012 032 036 044 048 050 051 052 060 064 068 072 084 090 096 "
            + "104 108 116 124 132 136 144 152 156 170 174 188 192 "
            + "203 208 214 222 230 232 238 242 262 270 292 "
            + "320 324 328 332 340 344 348 352 356 360 364 368 376 388 392 396 398 "
            + "400 404 408 410 414 417 418 422 426 430 434 446 454 458 462 480 484 496 498 "
            + "504 512 516 524 532 533 548 554 558 566 578 586 590 598 "
            + "600 604 608 634 643 646 654 682 690 702 704 706 710 728 748 752 756 760 764 776 780 784 788 "
            + "800 807 818 826 834 840 858 860 882 886 "
            + "901 924 925 926 927 928 929 930 933 934 936 938 940 941 943 944 946 947 948 949 "
            + "950 951 952 953 955 956 957 958 959 960 961 962 963 964 965 967 968 969 "
            + "970 971 972 973 975 976 977 978 979 980 981 984 985 986 990 994 997 999";

    private static final long[] CODES = new long[(1000 + 63) / 64];

    static {
        for (int at = 0; at < CURRENT.length(); at += 4) {
            int code = Integer.parseInt(CURRENT, at, at + 3, 10);
            CODES[code >> 6] |= 1L << code;
        }
    }

    private Currencies() {
    }

    static LintFailure numeric(String s) {
        int code = Countries.threeDigits(s);
        if (code >= 0 && (CODES[code >> 6] & (1L << code)) != 0) {
            return null;
        }
        return LintReason.INVALID_CURRENCY.at(0, s.length());
    }
}
