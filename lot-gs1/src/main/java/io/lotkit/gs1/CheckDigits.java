package io.lotkit.gs1;

/** The GS1 mod-10 check digit over digits (weights 3 and 1 from the right, the check digit excluded). */
final class CheckDigits {

    private CheckDigits() {
    }

    /** Returns the check digit for the digits {@code s[from, end)} (the position of the check digit excluded). */
    static int compute(String s, int from, int end) {
        int sum = 0;
        boolean three = true;
        for (int i = end - 1; i >= from; i--) {
            sum += (s.charAt(i) - '0') * (three ? 3 : 1);
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of {@code s[from, end)} is the check digit of the ones before it. */
    static boolean valid(String s, int from, int end) {
        return end - from >= 2 && compute(s, from, end - 1) == s.charAt(end - 1) - '0';
    }
}
