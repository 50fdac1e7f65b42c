package dev.lectern.store;

import dev.lectern.model.Problem;
import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The SnakeYAML setup of the annotation file: safe loading, stable block-style dumping, times kept as strings. */
final class YamlSetup {

    /** The longest line SnakeYAML is given in an annotation file (its scanner slows down with the square of a line's length). */
    static final int MAX_LINE = 1024 * 1024;
    /** Aliases ({@code *name}) of any kind allowed in one document: Lectern writes none; a few hand-made ones may stay. */
    static final int MAX_ALIASES = 10;

    private YamlSetup() {
    }

    /**
     * Loads a document within limits checked before SnakeYAML builds anything: no line longer than maxLine characters
     * and at most {@link #MAX_ALIASES} aliases, scalar aliases included (SnakeYAML counts only aliases of collections,
     * so a few lines repeating a large value could fill the memory). A breach is a YAMLException like a syntax error.
     */
    static Object load(String text, int maxLine) {
        int start = 0;
        for (int nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
            int end = nl < 0 ? text.length() : nl;
            if (end - start > maxLine) {
                throw new LimitExceeded(Problem.of(Problem.Kind.YAML_LINE_TOO_LONG, maxLine));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        Yaml yaml = loader();
        if (text.indexOf('*') >= 0) {
            int aliases = 0;
            for (Event event : yaml.parse(new StringReader(text))) {
                if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                    throw new LimitExceeded(Problem.of(Problem.Kind.YAML_TOO_MANY_ALIASES, MAX_ALIASES));
                }
            }
        }
        return yaml.load(text);
    }

    /** What a load failure says, as a problem: the line and the parser's own detail when it has them. */
    static Problem problemOf(YAMLException e) {
        if (e instanceof LimitExceeded limit) {
            return limit.problem;
        }
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return Problem.of(Problem.Kind.YAML_INVALID_AT, marked.getProblemMark().getLine() + 1,
                    String.valueOf(marked.getProblem()));
        }
        String first = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        return Problem.of(Problem.Kind.YAML_INVALID, first);
    }

    /** A document refused for a limit of {@link #load}, before SnakeYAML read it; the message is for the log. */
    static final class LimitExceeded extends YAMLException {
        private final transient Problem problem;

        LimitExceeded(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    /** A new Yaml (they are not thread-safe) that builds only plain maps, lists and scalars, and refuses duplicate keys. */
    static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(256 * 1024 * 1024);
        DumperOptions unused = dumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new PlainResolver());
    }

    /** A new Yaml that dumps maps of plain values in block style, indent 2, unicode, Unix line breaks, no line folding. */
    static Yaml dumper() {
        DumperOptions options = dumperOptions();
        return new Yaml(new SafeConstructor(new LoaderOptions()), new MultilineRepresenter(options), options,
                new LoaderOptions(), new PlainResolver());
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return options;
    }

    /** YAML 1.1 rules without timestamps, so ISO times and dates stay strings both ways. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }

    /**
     * A text written on one line, its line breaks as {@code \n} in double quotes: a passage's context (a few dozen
     * characters nobody edits), which as a literal block took several lines under {@code |+} or {@code |2-}.
     */
    record OneLine(String text) {
    }

    /** Writes texts with line breaks as literal blocks (|), which read like the note the user typed. */
    private static final class MultilineRepresenter extends Representer {
        MultilineRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(OneLine.class, data -> {
                String text = ((OneLine) data).text();
                return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                        ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.DOUBLE_QUOTED)
                        : plain.representData(text);
            });
            representers.put(String.class, data -> {
                String text = (String) data;
                return text.indexOf('\n') >= 0
                        ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
                        : plain.representData(data);
            });
        }
    }
}
