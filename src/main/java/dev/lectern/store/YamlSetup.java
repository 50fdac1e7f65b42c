package dev.lectern.store;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The SnakeYAML setup of the annotation file: safe loading, stable block-style dumping, times kept as strings. */
final class YamlSetup {

    private YamlSetup() {
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

    /** Writes texts with line breaks as literal blocks (|), which read like the note the user typed. */
    private static final class MultilineRepresenter extends Representer {
        MultilineRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> {
                String text = (String) data;
                return text.indexOf('\n') >= 0
                        ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
                        : plain.representData(data);
            });
        }
    }
}
