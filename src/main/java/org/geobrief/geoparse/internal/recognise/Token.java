package org.geobrief.geoparse.internal.recognise;

/**
 * A word, number or punctuation mark of the text.
 *
 * @param start UTF-16 offset of the first char
 * @param end UTF-16 offset after the last char
 * @param sentenceStart the first word of a sentence, headline or paragraph
 * @param gapNewline a line break separates it from the previous token
 */
record Token(String text, int start, int end, boolean sentenceStart, boolean gapNewline) {

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLower() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper case ("CSTO", "U.S."). */
    boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean is(String s) {
        return text.equals(s);
    }
}
