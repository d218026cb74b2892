package org.postbag.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten at a time, each ten characters from an alphabet without look-alikes
 * (no 0/o, 1/l/i), about 50 random bits, written in two groups of five. Typed back in any
 * case, with or without the dash or spaces.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    public static List<String> fresh() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** The code as it is hashed, or null when what was typed cannot be a recovery code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }
}
