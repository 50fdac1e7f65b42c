package dev.lectern.library;

import dev.lectern.model.Problem;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML front matter safely. Plain scalars stay the strings the author wrote (no booleans,
 * numbers or timestamps: a title {@code 2048} or a tag {@code no} keep their text), only an empty
 * value or {@code ~} is null. When the YAML does not parse, the lines are read one by one and a
 * warning names the line. Plain front matter takes a fast path ({@link SimpleYaml}) with the same result.
 */
final class YamlFrontMatter {

    static final int MAX_LINE = 16 * 1024;
    static final int MAX_ALIASES = 10;

    private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(YamlFrontMatter::newYaml);
    private final LineFrontMatter lines = new LineFrontMatter();
    private final SimpleYaml simpleYaml = new SimpleYaml();

    /** Parses the block's text into top-level keys (lower-cased) and values; adds warnings. */
    Map<String, Object> parse(FrontMatterBlock block, List<Problem> warnings) {
        Map<String, Object> simple = simpleYaml.parse(block.text());
        return simple != null ? simple : parseFully(block, warnings);
    }

    /** The same through SnakeYAML, for any YAML. */
    Map<String, Object> parseFully(FrontMatterBlock block, List<Problem> warnings) {
        Object root;
        try {
            Problem beyondLimits = beyondLimits(block.text());
            if (beyondLimits != null) {
                warnings.add(beyondLimits);
                return lines.parse(block.text());
            }
            root = yaml.get().load(block.text());
        } catch (YAMLException e) {
            warnings.add(describe(e, block.firstLine()));
            return lines.parse(block.text());
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_NOT_A_MAP));
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.putIfAbsent(String.valueOf(key).strip().toLowerCase(Locale.ROOT), value));
        return fields;
    }

    /**
     * SnakeYAML within limits checked first: lines of at most {@link #MAX_LINE} characters (its scanner is quadratic in a
     * line's length) and at most {@link #MAX_ALIASES} aliases of any kind (it counts only aliases of collections):
     * the problem when the text goes beyond them, else null.
     */
    private Problem beyondLimits(String text) {
        int start = 0;
        for (int nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
            int end = nl < 0 ? text.length() : nl;
            if (end - start > MAX_LINE) {
                return Problem.of(Problem.Kind.FRONT_MATTER_LINE_TOO_LONG, MAX_LINE);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (text.indexOf('*') >= 0) {
            int aliases = 0;
            for (Event event : yaml.get().parse(new StringReader(text))) {
                if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                    return Problem.of(Problem.Kind.FRONT_MATTER_TOO_MANY_ALIASES, MAX_ALIASES);
                }
            }
        }
        return null;
    }

    /** The warning for a parse error: its line when known and SnakeYAML's own (English) detail. */
    private static Problem describe(YAMLException e, int firstLine) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            int line = marked.getProblemMark().getLine() + firstLine;
            String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem();
            return Problem.of(Problem.Kind.FRONT_MATTER_NOT_YAML_AT, line, oneLine(problem));
        }
        return Problem.of(Problem.Kind.FRONT_MATTER_NOT_YAML, oneLine(String.valueOf(e.getMessage())));
    }

    /** A parser's detail as one line of at most 120 characters, for a warning. */
    static String oneLine(String text) {
        String flat = String.valueOf(text).replace('\n', ' ').strip();
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(1_000_000);
        options.setNestingDepthLimit(20);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StringsResolver());
    }

    /** Resolves only empty values and '~' to null; every other plain scalar stays a string. */
    private static final class StringsResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|)$"), "~\0");
        }
    }
}
