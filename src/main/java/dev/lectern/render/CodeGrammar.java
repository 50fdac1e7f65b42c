package dev.lectern.render;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@link GrammarLexer} needs to colour a language RSyntaxTextArea has no token maker for: its comments, quotes
 * and words. The grammars are those of the corpora's uncoloured fences that their sites (Rouge, Prism) colour: Coq
 * (a third of corpus A's Software Foundations notes), configuration files (nginx, Logstash, HOCON), Cypher, HCL,
 * PromQL, Haskell, OCaml, Vim script, BibTeX, and the tags of Liquid (Jekyll's templates) and FreeMarker; and the
 * languages developers' blogs most often hold beyond those (Swift, R, Julia, Elixir, Erlang, Zig, Solidity, GraphQL,
 * Gherkin, CMake, Nix, F#, MATLAB), which every site generator's highlighter colours.
 *
 * @param lineComments prefixes that comment out the rest of the line
 * @param blockComment the opening and closing marks of a block comment, or null
 * @param quotes       the characters that open and close a string
 * @param identChars   characters besides letters, digits and {@code _} that words may hold ({@code x'} in Coq)
 * @param classes      the class of each word (matched in lower case with {@link Trait#IGNORE_CASE})
 * @param traits       how the language differs from the plain case
 * @param templateTags for a template language, the marks that open and close its tags, in pairs: the text between
 *                     tags is plain, what is inside them coloured ({@code {% if x %}} in Liquid)
 */
record CodeGrammar(List<String> lineComments, List<String> blockComment, String quotes, String identChars,
        Map<String, String> classes, Set<Trait> traits, List<String> templateTags) {

    CodeGrammar {
        traits = Set.copyOf(traits);
        templateTags = List.copyOf(templateTags);
    }

    CodeGrammar(List<String> lineComments, List<String> blockComment, String quotes, String identChars,
            Map<String, String> classes, Set<Trait> traits) {
        this(lineComments, blockComment, quotes, identChars, classes, traits, List.of());
    }

    /** What sets a language apart from one whose comments do not nest, whose strings end with their line, and so on. */
    enum Trait {
        /** Block comments nest, as in Coq and Haskell. */
        NESTED_COMMENTS,
        /** A string may run past the end of its line (otherwise it stops there). */
        MULTILINE_STRINGS,
        /** Words are matched whatever their case (Cypher's {@code MATCH}, {@code match}). */
        IGNORE_CASE,
        /** A word starting with a capital letter is a type or constructor (Haskell). */
        CAPITAL_TYPES,
        /** The first word of a statement is a directive (keyword), or a key (attribute) when = or : follows it. */
        STATEMENT_KEYS,
        /** {@code $name} is a variable. */
        VARIABLES,
        /** A word followed by ( is a function. */
        CALLS,
        /** A word right after a : is a type ({@code (n:Person)} in Cypher). */
        LABELS_AFTER_COLON,
        /**
         * A line comment's mark comments out the line only as its first thing; elsewhere it opens a string, or, when
         * the string is not closed on its line, a comment (Vim's {@code "}).
         */
        LINE_START_COMMENTS,
        /** A word followed by = is a key ({@code title = {…}} in BibTeX). */
        ASSIGNED_KEYS,
        /**
         * A { right after = opens a string that ends at its matching } ({@code title={A {B} title}} in BibTeX); any
         * other { opens an entry whose key, up to its comma, is a plain name.
         */
        BRACED_VALUES,
        /** A word after | is a function (Liquid's filters: {@code {{ x | append: y }}}). */
        PIPE_FILTERS,
        /** {@code <name>} is a key's name, a type ({@code <leader>}, {@code <CR>}, {@code <silent>} in Vim). */
        ANGLE_KEYS
    }

    private static final String KEYWORD = "tok-keyword";
    private static final String FUNCTION = "tok-fn";
    private static final String TYPE = "tok-type";
    private static final String NUMBER = "tok-number";

    static final CodeGrammar COQ = new CodeGrammar(List.of(), List.of("(*", "*)"), "\"", "'",
            words(KEYWORD, "Theorem Lemma Example Corollary Proposition Fact Remark Definition Fixpoint CoFixpoint "
                    + "Inductive CoInductive Record Structure Class Instance Existing Notation Infix Module Import "
                    + "Export Require End Section Variable Variables Hypothesis Hypotheses Parameter Parameters Axiom "
                    + "Open Close Scope Check Compute Print Eval Proof Qed Defined Admitted Abort Ltac Hint Resolve "
                    + "Unfold Constructors Arguments Implicit Set Unset Let Search SearchAbout SearchPattern Locate "
                    + "Extraction Local Global Program Canonical Coercion Context Goal Show Functional Scheme Reserved "
                    + "Opaque Transparent Declare Type forall exists fun match with end as in return if then else let "
                    + "fix cofix struct",
                    FUNCTION, "intros intro apply eapply rewrite erewrite simpl reflexivity induction destruct "
                    + "edestruct inversion inv assumption eassumption auto eauto omega lia unfold fold eexists "
                    + "split left right discriminate injection congruence subst clear generalize dependent remember "
                    + "replace symmetry transitivity f_equal exfalso constructor econstructor contradiction "
                    + "contradict trivial tauto intuition firstorder assert specialize pose try repeat solve first "
                    + "idtac fail now easy exact refine case elim cut change pattern rename revert cbv cbn compute "
                    + "red hnf ring field instantiate unfold_all goal context by using at",
                    TYPE, "Prop nat bool list option string True False"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.MULTILINE_STRINGS));

    static final CodeGrammar OCAML = new CodeGrammar(List.of(), List.of("(*", "*)"), "\"", "'",
            words(KEYWORD, "let rec in fun function match with type of module struct sig end open include if then "
                    + "else begin do done for to downto while val exception try raise mutable and or not external "
                    + "functor when as object method new inherit lazy assert true false",
                    TYPE, "int float string bool unit list option array char"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.MULTILINE_STRINGS));

    static final CodeGrammar HASKELL = new CodeGrammar(List.of("--"), List.of("{-", "-}"), "\"", "'",
            words(KEYWORD, "module where import qualified as hiding data type newtype class instance deriving let "
                    + "in case of if then else do infixl infixr infix forall"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.CAPITAL_TYPES));

    static final CodeGrammar CONF = new CodeGrammar(List.of("#"), null, "\"'", "_-.",
            words(NUMBER, "on off true false yes no"), EnumSet.of(Trait.STATEMENT_KEYS, Trait.VARIABLES));

    static final CodeGrammar HCL = new CodeGrammar(List.of("#", "//"), List.of("/*", "*/"), "\"", "_-",
            words(KEYWORD, "true false null for in if"), EnumSet.of(Trait.STATEMENT_KEYS, Trait.CALLS));

    static final CodeGrammar CYPHER = new CodeGrammar(List.of("//"), List.of("/*", "*/"), "\"'`", "",
            words(KEYWORD, "match optional where return create merge delete detach set remove with unwind order by "
                    + "skip limit as and or not xor in is null true false distinct case when then else end on call "
                    + "yield union all index constraint assert unique exists drop starts ends contains foreach load "
                    + "csv from headers using periodic commit asc desc alter user password"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.IGNORE_CASE, Trait.VARIABLES, Trait.CALLS,
                    Trait.LABELS_AFTER_COLON));

    static final CodeGrammar PROMQL = new CodeGrammar(List.of("#"), null, "\"'`", ":",
            words(KEYWORD, "by without on ignoring group_left group_right offset bool and or unless"),
            EnumSet.of(Trait.CALLS));

    static final CodeGrammar VIM = new CodeGrammar(List.of("\""), null, "\"'", ":#",
            words(KEYWORD, "let unlet const set setlocal setglobal if elseif else endif for in endfor while endwhile "
                    + "function endfunction endf fun func return call execute exe echo echom echomsg silent normal "
                    + "try catch finally endtry throw break continue command autocmd au augroup syntax syn highlight "
                    + "hi filetype source runtime map nmap vmap xmap imap omap cmap noremap nnoremap vnoremap "
                    + "xnoremap inoremap onoremap cnoremap unmap nunmap iunmap Plug Plugin call abort range dict "
                    + "colorscheme packadd"),
            EnumSet.of(Trait.LINE_START_COMMENTS, Trait.CALLS, Trait.ANGLE_KEYS));

    static final CodeGrammar BIBTEX = new CodeGrammar(List.of("%"), null, "\"", "-:.",
            words(KEYWORD, "article book booklet conference inbook incollection inproceedings manual mastersthesis "
                    + "misc phdthesis proceedings techreport unpublished online software dataset string preamble "
                    + "comment"),
            EnumSet.of(Trait.IGNORE_CASE, Trait.ASSIGNED_KEYS, Trait.BRACED_VALUES));

    static final CodeGrammar LIQUID = new CodeGrammar(List.of(), null, "\"'", "-",
            words(KEYWORD, "if elsif else endif unless endunless case when endcase for endfor in break continue cycle "
                    + "tablerow endtablerow assign capture endcapture increment decrement include include_relative "
                    + "render raw endraw comment endcomment with and or contains limit offset reversed highlight "
                    + "endhighlight layout block endblock",
                    NUMBER, "true false nil null empty blank"),
            EnumSet.of(Trait.PIPE_FILTERS), List.of("{%", "%}", "{{", "}}"));

    static final CodeGrammar FREEMARKER = new CodeGrammar(List.of(), List.of("<#--", "-->"), "\"'", "",
            words(KEYWORD, "if else elseif list items sep as macro nested return include import assign local global "
                    + "function switch case on default break attempt recover compress noparse ftl setting stop visit "
                    + "recurse fallback escape noescape autoesc outputformat continue",
                    NUMBER, "true false"),
            EnumSet.noneOf(Trait.class), List.of("<#", ">", "</#", ">", "<@", ">", "</@", ">", "${", "}"));

    static final CodeGrammar SWIFT = new CodeGrammar(List.of("//"), List.of("/*", "*/"), "\"", "",
            words(KEYWORD, "associatedtype class deinit enum extension fileprivate func import init inout internal let "
                    + "open operator private precedencegroup protocol public rethrows static struct subscript "
                    + "typealias var break case catch continue default defer do else fallthrough for guard if in "
                    + "repeat return throw switch where while as is self super throws try async await actor some any "
                    + "mutating nonmutating override final required convenience lazy weak unowned dynamic indirect "
                    + "get set willSet didSet",
                    NUMBER, "true false nil"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.CAPITAL_TYPES, Trait.CALLS));

    static final CodeGrammar R = new CodeGrammar(List.of("#"), null, "\"'`", ".",
            words(KEYWORD, "if else repeat while function for in next break return library require",
                    NUMBER, "TRUE FALSE NULL Inf NaN NA NA_integer_ NA_real_ NA_character_ T F"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.CALLS));

    static final CodeGrammar JULIA = new CodeGrammar(List.of("#"), List.of("#=", "=#"), "\"", "!",
            words(KEYWORD, "function end if elseif else for while in return break continue module baremodule using "
                    + "import export struct mutable abstract type primitive begin let local global const do try "
                    + "catch finally macro quote where isa",
                    NUMBER, "true false nothing missing"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.CAPITAL_TYPES, Trait.CALLS));

    static final CodeGrammar ELIXIR = new CodeGrammar(List.of("#"), null, "\"", "?!",
            words(KEYWORD, "def defp defmodule defmacro defmacrop defstruct defprotocol defimpl defdelegate defguard "
                    + "defexception do end fn if else unless case cond with for receive after try catch rescue raise "
                    + "when and or not in import alias require use quote unquote",
                    NUMBER, "true false nil"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.CAPITAL_TYPES, Trait.CALLS));

    static final CodeGrammar ERLANG = new CodeGrammar(List.of("%"), null, "\"", "",
            words(KEYWORD, "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not "
                    + "of or orelse receive rem try when xor module export import record define include spec type "
                    + "behaviour callback",
                    NUMBER, "true false undefined"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.CAPITAL_TYPES, Trait.CALLS));

    static final CodeGrammar ZIG = new CodeGrammar(List.of("//"), null, "\"'", "@",
            words(KEYWORD, "const var fn pub return if else while for switch break continue defer errdefer try catch "
                    + "orelse and or comptime inline export extern struct enum union opaque error test unreachable "
                    + "async await suspend resume nosuspend usingnamespace packed align threadlocal noalias volatile "
                    + "allowzero anytype anyframe callconv linksection",
                    TYPE, "i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 isize usize f16 f32 f64 f80 f128 bool void "
                    + "noreturn type anyerror comptime_int comptime_float c_int c_uint c_long c_char",
                    NUMBER, "true false null undefined"),
            EnumSet.of(Trait.CALLS));

    static final CodeGrammar SOLIDITY = new CodeGrammar(List.of("//"), List.of("/*", "*/"), "\"'", "",
            words(KEYWORD, "pragma solidity contract interface library function modifier event struct enum mapping "
                    + "public private internal external pure view payable constant immutable returns return if else "
                    + "for while do break continue emit new delete memory storage calldata using is import override "
                    + "virtual abstract constructor fallback receive require assert revert try catch error unchecked",
                    TYPE, "address bool string bytes byte uint int uint8 uint16 uint32 uint64 uint128 uint256 int8 "
                    + "int16 int32 int64 int128 int256 bytes4 bytes32",
                    NUMBER, "true false wei gwei ether"),
            EnumSet.of(Trait.CALLS));

    static final CodeGrammar GRAPHQL = new CodeGrammar(List.of("#"), null, "\"", "",
            words(KEYWORD, "query mutation subscription fragment on type interface union enum input scalar schema "
                    + "extend implements directive repeatable",
                    NUMBER, "true false null"),
            EnumSet.of(Trait.CAPITAL_TYPES, Trait.VARIABLES));

    static final CodeGrammar GHERKIN = new CodeGrammar(List.of("#"), null, "\"", "",
            words(KEYWORD, "Feature Scenario Given When Then And But Background Examples Outline Rule Template "
                    + "Scenarios Example"),
            EnumSet.noneOf(Trait.class));

    static final CodeGrammar CMAKE = new CodeGrammar(List.of("#"), null, "\"", "",
            words(KEYWORD, "if else elseif endif foreach endforeach while endwhile function endfunction macro endmacro "
                    + "return break continue block endblock",
                    NUMBER, "on off true false yes no"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.IGNORE_CASE, Trait.CALLS, Trait.VARIABLES));

    static final CodeGrammar NIX = new CodeGrammar(List.of("#"), List.of("/*", "*/"), "\"", "-'",
            words(KEYWORD, "let in with rec inherit if then else assert import or",
                    NUMBER, "true false null"),
            EnumSet.of(Trait.MULTILINE_STRINGS, Trait.ASSIGNED_KEYS));

    static final CodeGrammar FSHARP = new CodeGrammar(List.of("//"), List.of("(*", "*)"), "\"", "'",
            words(KEYWORD, "let rec in fun function match with type of module open if then else elif for to downto "
                    + "while do done yield return use mutable member static abstract override default interface new "
                    + "inherit namespace async not and or when as begin end struct val",
                    NUMBER, "true false null"),
            EnumSet.of(Trait.NESTED_COMMENTS, Trait.CAPITAL_TYPES));

    static final CodeGrammar MATLAB = new CodeGrammar(List.of("%"), null, "\"", "",
            words(KEYWORD, "function end if elseif else for while switch case otherwise break continue return try "
                    + "catch global persistent parfor classdef properties methods events",
                    NUMBER, "true false pi inf nan eps"),
            EnumSet.of(Trait.CALLS));

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
        String cls = classes.get(has(Trait.IGNORE_CASE) ? word.toLowerCase(Locale.ROOT) : word);
        if (cls == null && has(Trait.CAPITAL_TYPES) && Character.isUpperCase(word.codePointAt(0))) {
            return TYPE;
        }
        return cls;
    }

    boolean has(Trait trait) {
        return traits.contains(trait);
    }

    boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || identChars.indexOf(c) >= 0;
    }

    /** The grammars by the style names {@link CodeLanguages} gives them. */
    static final Map<String, CodeGrammar> BY_STYLE = Map.ofEntries(Map.entry("lectern/coq", COQ),
            Map.entry("lectern/ocaml", OCAML), Map.entry("lectern/haskell", HASKELL), Map.entry("lectern/conf", CONF),
            Map.entry("lectern/hcl", HCL), Map.entry("lectern/cypher", CYPHER), Map.entry("lectern/promql", PROMQL),
            Map.entry("lectern/vim", VIM), Map.entry("lectern/bibtex", BIBTEX), Map.entry("lectern/liquid", LIQUID),
            Map.entry("lectern/freemarker", FREEMARKER), Map.entry("lectern/swift", SWIFT), Map.entry("lectern/r", R),
            Map.entry("lectern/julia", JULIA), Map.entry("lectern/elixir", ELIXIR), Map.entry("lectern/erlang", ERLANG),
            Map.entry("lectern/zig", ZIG), Map.entry("lectern/solidity", SOLIDITY), Map.entry("lectern/graphql", GRAPHQL),
            Map.entry("lectern/gherkin", GHERKIN), Map.entry("lectern/cmake", CMAKE), Map.entry("lectern/nix", NIX),
            Map.entry("lectern/fsharp", FSHARP), Map.entry("lectern/matlab", MATLAB));
}
