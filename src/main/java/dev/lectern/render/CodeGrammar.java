package dev.lectern.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link GrammarLexer} needs to colour a language RSyntaxTextArea has no token maker for: its comments, quotes
 * and words. The grammars are those of the corpora's uncoloured fences that their sites (Rouge, Prism) colour: Coq
 * (a third of corpus A's Software Foundations notes), configuration files (nginx, Logstash, HOCON), Cypher, HCL,
 * PromQL, Haskell and OCaml.
 *
 * @param lineComments  prefixes that comment out the rest of the line
 * @param blockComment  the opening and closing marks of a block comment, or null; they nest when {@code nested}
 * @param quotes        the characters that open and close a string
 * @param multilineStrings whether a string may run past the end of its line (otherwise it stops there)
 * @param identChars    characters besides letters, digits and {@code _} that words may hold ({@code x'} in Coq)
 * @param classes       the class of each word (matched in lower case when {@code ignoreCase})
 * @param capitalTypes  a word starting with a capital letter is a type or constructor (Haskell)
 * @param statementKeys the first word of a statement is a directive (keyword), or a key (attribute) when {@code =}
 *                      or {@code :} follows it
 * @param variables     {@code $name} is a variable
 * @param callsAreFunctions a word followed by {@code (} is a function
 * @param labelsAfterColon a word right after a {@code :} is a type ({@code (n:Person)} in Cypher)
 */
record CodeGrammar(List<String> lineComments, List<String> blockComment, boolean nested, String quotes,
        boolean multilineStrings, String identChars, Map<String, String> classes, boolean ignoreCase,
        boolean capitalTypes, boolean statementKeys, boolean variables, boolean callsAreFunctions,
        boolean labelsAfterColon) {

    private static final String KEYWORD = "tok-keyword";
    private static final String FUNCTION = "tok-fn";
    private static final String TYPE = "tok-type";
    private static final String NUMBER = "tok-number";

    static final CodeGrammar COQ = new CodeGrammar(List.of(), List.of("(*", "*)"), true, "\"", true, "'",
            words(KEYWORD, "Theorem Lemma Example Corollary Proposition Fact Remark Definition Fixpoint CoFixpoint "
                    + "Inductive CoInductive Record Structure Class Instance Existing Notation Infix Module Import "
                    + "Export Require End Section Variable Variables Hypothesis Hypotheses Parameter Parameters Axiom "
                    + "Open Close Scope Check Compute Print Eval Proof Qed Defined Admitted Abort Ltac Hint Resolve "
                    + "Unfold Constructors Arguments Implicit Set Unset Let Search SearchAbout SearchPattern Locate "
                    + "Extraction Local Global Program Canonical Coercion Context Goal Show Functional Scheme Reserved "
                    + "Opaque Transparent Declare Type forall exists fun match with end as in return if then else let "
                    + "fix cofix struct",
                    FUNCTION, "intros intro apply eapply rewrite erewrite simpl reflexivity induction destruct "
                    + "edestruct inversion inv assumption eassumption auto eauto omega lia unfold fold exists eexists "
                    + "split left right discriminate injection congruence subst clear generalize dependent remember "
                    + "replace symmetry transitivity f_equal exfalso constructor econstructor contradiction "
                    + "contradict trivial tauto intuition firstorder assert specialize pose try repeat solve first "
                    + "idtac fail now easy exact refine case elim cut change pattern rename revert cbv cbn compute "
                    + "red hnf ring field instantiate unfold_all goal context by using at",
                    TYPE, "Prop nat bool list option string True False"),
            false, false, false, false, false, false);

    static final CodeGrammar OCAML = new CodeGrammar(List.of(), List.of("(*", "*)"), true, "\"", true, "'",
            words(KEYWORD, "let rec in fun function match with type of module struct sig end open include if then "
                    + "else begin do done for to downto while val exception try raise mutable and or not external "
                    + "functor when as object method new inherit lazy assert true false",
                    TYPE, "int float string bool unit list option array char"),
            false, false, false, false, false, false);

    static final CodeGrammar HASKELL = new CodeGrammar(List.of("--"), List.of("{-", "-}"), true, "\"", false, "'",
            words(KEYWORD, "module where import qualified as hiding data type newtype class instance deriving let "
                    + "in case of if then else do infixl infixr infix forall"),
            false, true, false, false, false, false);

    static final CodeGrammar CONF = new CodeGrammar(List.of("#"), null, false, "\"'", false, "_-.",
            words(NUMBER, "on off true false yes no"), false, false, true, true, false, false);

    static final CodeGrammar HCL = new CodeGrammar(List.of("#", "//"), List.of("/*", "*/"), false, "\"", false, "_-",
            words(KEYWORD, "true false null for in if"), false, false, true, false, true, false);

    static final CodeGrammar CYPHER = new CodeGrammar(List.of("//"), List.of("/*", "*/"), false, "\"'`", true, "",
            words(KEYWORD, "match optional where return create merge delete detach set remove with unwind order by "
                    + "skip limit as and or not xor in is null true false distinct case when then else end on call "
                    + "yield union all index constraint assert unique exists drop starts ends contains foreach load "
                    + "csv from headers using periodic commit asc desc alter user password"),
            true, false, false, true, true, true);

    static final CodeGrammar PROMQL = new CodeGrammar(List.of("#"), null, false, "\"'`", false, ":",
            words(KEYWORD, "by without on ignoring group_left group_right offset bool and or unless"),
            false, false, false, false, true, false);

    private static Map<String, String> words(String... classAndWords) {
        HashMap<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < classAndWords.length; i += 2) {
            for (String word : classAndWords[i + 1].split(" ")) {
                map.put(word, classAndWords[i]);
            }
        }
        return Map.copyOf(map);
    }

    /** The class of a word, or null for a plain one. */
    String classOf(String word) {
        String cls = classes.get(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
        if (cls == null && capitalTypes && Character.isUpperCase(word.codePointAt(0))) {
            return TYPE;
        }
        return cls;
    }

    boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || identChars.indexOf(c) >= 0;
    }

    /** The grammars by the style names {@link CodeLanguages} gives them. */
    static final Map<String, CodeGrammar> BY_STYLE = Map.of("lectern/coq", COQ, "lectern/ocaml", OCAML,
            "lectern/haskell", HASKELL, "lectern/conf", CONF, "lectern/hcl", HCL, "lectern/cypher", CYPHER,
            "lectern/promql", PROMQL);
}
