package dev.lectern.render;

/**
 * The characters Taiwan writes otherwise than OpenCC's standard Traditional ({@code 爲} is {@code 為} there, {@code 麪}
 * {@code 麵}, {@code 裏} {@code 裡}): OpenCC's own TWVariants. opencc4j applies them to single characters but not to
 * the phrases its Traditional dictionary converts whole, so 为了 came out 爲了 and 这里 這裏 beside 裡面; each is
 * mended here after the conversion. One character for one, so the shown text keeps its length.
 */
final class TaiwanVariants {

    /** Pairs: the standard Traditional character, then Taiwan's. */
    private static final String PAIRS = "爲為麪麵裏裡峯峰僞偽啓啟嫺嫻嬀媯擡抬牀床癡痴皁皂祕秘竈灶糉粽繮韁纔才羣群脣唇衆眾覈核鉢缽"
            + "鍼針鮎鯰齶顎喫吃着著檐簷蔘參";
    private static final char[] TO = new char[0x10000];

    static {
        for (int i = 0; i < PAIRS.length(); i += 2) {
            TO[PAIRS.charAt(i)] = PAIRS.charAt(i + 1);
        }
    }

    private TaiwanVariants() {
    }

    /** The text with Taiwan's form of each character that has one. */
    static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char to = TO[text.charAt(i)];
            if (to != 0) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = to;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
