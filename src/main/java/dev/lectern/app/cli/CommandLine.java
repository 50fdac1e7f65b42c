package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parsed command line: which command to run and with what. */
public record CommandLine(Command command, Path path, boolean json, Path library, Path annotations, String format, Path out,
                   int articles, boolean exitAfterFirstRender, String query, int limit, String choice) {

    /** How many results {@code search} prints unless told otherwise. */
    static final int SEARCH_LIMIT = 50;

    /** What the user asked for. */
    public enum Command { OPEN, SCAN, RENDER, SEARCH, EXPORT, IMPORT, NOTE, ANNOTATIONS, BENCH, HELP, VERSION }

    /** What {@code --help} prints, and mistakes after their message; the README's "Command line" block is the same. */
    public static final String USAGE = """
            Usage:
              lectern [DIR | ARTICLE] [--annotations FILE]
                                                     open the reader on DIR (default: the library open last time,
                                                     else ./content); an article file opens its folder, that article first
              lectern scan DIR [--json]              list every article of DIR with its metadata and warnings
              lectern render FILE [--library DIR]    print the HTML page the reading pane shows for FILE
              lectern search DIR "query" [--json] [--limit N]
                                                     ranked full-text results with snippets and the total found
                                                     (the best 50 unless --limit; --limit 0 prints all)
              lectern export --library DIR [--annotations FILE] --format md|json|w3c|obsidian [--out FILE|DIR]
                                                     export highlights and bookmarks, grouped by article, to FILE (else
                                                     standard output); w3c is W3C Web Annotation JSON-LD; obsidian writes
                                                     one note per article into the folder DIR (--out needed)
              lectern import --library DIR [--annotations FILE] FILE.json [--overwrite | --keep]
                                                     merge W3C Web Annotations (Lectern's, Hypothesis's) by id; asks
                                                     before overwriting a changed duplicate
              lectern note --library DIR [--annotations FILE] ARTICLE [--write]
                                                     one Markdown note of the article's highlights in reading order;
                                                     --write puts it beside the article as NAME.notes.md; ARTICLE is a
                                                     path from DIR, or from the current folder, of a file inside DIR
              lectern annotations --library DIR [--annotations FILE]
                                                     one line per annotation: anchored / moved / orphaned, quote, article
              lectern bench [--articles N] [--corpus DIR] [--json]
                                                     time scanning, filtering and search on a generated library of N
                                                     articles (default 10,000) made from DIR, else ../shared/corpora/B,
                                                     else texts built into Lectern; --json for scripts
              lectern --exit-after-first-render [DIR | ARTICLE] [--annotations FILE]
                                                     start, print first-render-ms=N (JVM start to first article painted), exit
                                                     quitting as Ctrl+Q does (what a close keeps is kept)
              lectern --help | -h | --version | -V

              Options:
                --annotations FILE                   the annotation file to use instead of the per-user one
            """;

    /** A folder or article to open that is not there (or is no article): exit code 1, as for a command's files. */
    public static final class NoSuchPlace extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final boolean maybeCommand;

        NoSuchPlace(String message, boolean maybeCommand) {
            super(message);
            this.maybeCommand = maybeCommand;
        }

        /**
         * Whether the word might have been meant as a command ({@code bogus}), so that the usage is worth printing
         * after the message; a path ({@code content/nope.md}, {@code notes.txt}) is answered in one line.
         */
        public boolean maybeCommand() {
            return maybeCommand;
        }
    }

    /** Whether the usage should follow the message of this mistake (not after a file or folder that is not there). */
    public static boolean usageFollows(IllegalArgumentException mistake) {
        return !(mistake instanceof NoSuchPlace place) || place.maybeCommand();
    }

    /**
     * Parses the arguments; throws IllegalArgumentException with a message meant for the user ({@link NoSuchPlace}
     * when the folder or article to open is not there).
     */
    public static CommandLine parse(String... args) {
        List<String> positional = new ArrayList<>();
        boolean json = false;
        Path library = null;
        Path annotations = null;
        Path out = null;
        String format = "md";
        int articles = 10_000;
        Path corpus = null;
        boolean exitAfterFirstRender = false;
        int limit = SEARCH_LIMIT;
        String choice = null;
        Set<String> given = new LinkedHashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            // after --, every word is a folder, file or query, also one that starts with - (a query "-XX:+UseG1GC")
            if (optionsEnded || arg.equals("--")) {
                if (optionsEnded) {
                    positional.add(arg);
                }
                optionsEnded = true;
                continue;
            }
            if (OPTIONS.contains(arg)) {
                given.add(arg);
            }
            switch (arg) {
                case "--help", "-h" -> {
                    return new CommandLine(Command.HELP, null, false, null, null, null, null, 0, false, null, limit, null);
                }
                case "--version", "-V", "-v" -> {
                    return new CommandLine(Command.VERSION, null, false, null, null, null, null, 0, false, null, limit, null);
                }
                case "--json" -> json = true;
                case "--overwrite", "--keep", "--write" -> choice = arg.substring(2);
                case "--exit-after-first-render" -> exitAfterFirstRender = true;
                case "--corpus" -> corpus = Path.of(value(args, ++i, "--corpus needs a folder"));
                case "--articles" -> {
                    try {
                        articles = Integer.parseInt(value(args, ++i, "--articles needs a number").replace(",", "").replace("_", ""));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--articles needs a whole number");
                    }
                    if (articles < 1) {
                        throw new IllegalArgumentException("--articles needs a positive number");
                    }
                }
                case "--limit" -> limit = limit(value(args, ++i, "--limit needs a number"));
                case "--library" -> library = Path.of(value(args, ++i, "--library needs a folder"));
                case "--annotations" -> annotations = Path.of(value(args, ++i, "--annotations needs a file"));
                case "--out" -> out = Path.of(value(args, ++i, "--out needs a file"));
                case "--format" -> {
                    format = value(args, ++i, "--format needs md, json, w3c or obsidian");
                    if (!List.of("md", "json", "w3c", "obsidian").contains(format)) {
                        throw new IllegalArgumentException("--format is md, json, w3c or obsidian, not " + format);
                    }
                }
                default -> {
                    // -x was taken for a folder named -x ("no such folder or command", exit 1): an option, as --x is
                    if (arg.startsWith("-") && arg.length() > 1) {
                        String meant = misspelledOption(arg);
                        throw new IllegalArgumentException("unknown option " + arg
                                + (meant == null ? "" : " (did you mean " + meant + "?)"));
                    }
                    positional.add(arg);
                }
            }
        }
        String first = positional.isEmpty() ? "" : positional.get(0);
        switch (first) {
            case "scan" -> {
                applies(given, first, "--json");
                return new CommandLine(Command.SCAN, single(positional, "scan needs a folder: lectern scan DIR"), json, null, null, null, null, 0, false, null, limit, null);
            }
            case "render" -> {
                applies(given, first, "--library");
                return new CommandLine(Command.RENDER, single(positional, "render needs a file: lectern render FILE"), false, library, null, null, null, 0, false, null, limit, null);
            }
            case "export", "annotations" -> {
                if (library == null) {
                    throw new IllegalArgumentException(first + " needs --library DIR");
                }
                Command command = first.equals("export") ? Command.EXPORT : Command.ANNOTATIONS;
                if (command == Command.EXPORT) {
                    applies(given, first, "--library", "--annotations", "--format", "--out");
                } else {
                    applies(given, first, "--library", "--annotations");
                }
                if (command == Command.EXPORT && format.equals("obsidian") && out == null) {
                    throw new IllegalArgumentException("--format obsidian needs --out DIR, the folder for the notes");
                }
                return new CommandLine(command, null, json, library, annotations, format, out, 0, false, null, limit, null);
            }
            case "import", "note" -> {
                if (library == null) {
                    throw new IllegalArgumentException(first + " needs --library DIR");
                }
                boolean isImport = first.equals("import");
                if (isImport) {
                    applies(given, first, "--library", "--annotations", "--overwrite", "--keep");
                } else {
                    applies(given, first, "--library", "--annotations", "--write");
                }
                Path path = single(positional, isImport ? "import needs a file: lectern import --library DIR FILE.json"
                        : "note needs an article: lectern note --library DIR ARTICLE");
                return new CommandLine(isImport ? Command.IMPORT : Command.NOTE, path, false, library, annotations, null,
                        null, 0, false, null, limit, choice);
            }
            case "search" -> {
                applies(given, first, "--json", "--limit");
                if (positional.size() != 3) {
                    throw new IllegalArgumentException("search needs a folder and a query: lectern search DIR \"query\"");
                }
                return new CommandLine(Command.SEARCH, Path.of(positional.get(1)), json, null, null, null, null, 0, false,
                        positional.get(2), limit, null);
            }
            case "bench" -> {
                applies(given, first, "--articles", "--corpus", "--json");
                return new CommandLine(Command.BENCH, corpus, json, null, null, null, null, articles, false, null, limit, null);
            }
            default -> {
                String meant = misspelledCommand(first);
                if (meant != null) {
                    throw new IllegalArgumentException("unknown command " + first + " (did you mean " + meant
                            + "?); no folder or article of that name is here either");
                }
                applies(given, "opening the reader (lectern DIR)", "--annotations", "--exit-after-first-render");
                if (positional.size() > 1) {
                    throw new IllegalArgumentException("expected one folder, got " + positional);
                }
                Path place = positional.isEmpty() ? null : Path.of(first);
                if (place != null && !Files.exists(place)) {
                    // a mistyped command word opened a window on "No such folder" and made an annotation file for it;
                    // a word with a / or a . in it is a path, never a command: one line says so, with no usage
                    if (looksLikePath(first)) {
                        throw new NoSuchPlace(first + ": no such file or folder", false);
                    }
                    throw new NoSuchPlace("no such folder or command: " + first, true);
                }
                if (place != null && !Files.isDirectory(place) && !ArticleReader.isArticleFile(place)) {
                    throw new NoSuchPlace(first + ": not a folder or a Markdown article (.md, .markdown, .mdown, .mkd, .mdx)",
                            false);
                }
                return new CommandLine(Command.OPEN, place, false, null, annotations,
                        null, null, 0, exitAfterFirstRender, null, limit, null);
            }
        }
    }

    /**
     * Refuses an option the command does not take: {@code lectern scan DIR --json --out list.json} printed the list and
     * wrote no file, without a word.
     */
    private static void applies(Set<String> given, String command, String... taken) {
        for (String option : given) {
            if (!List.of(taken).contains(option)) {
                throw new IllegalArgumentException(option + " does not apply to " + command);
            }
        }
    }

    /** A word no command can be: it holds a path's separator or a dot (content/nope.md, notes.txt, ../blog). */
    private static boolean looksLikePath(String word) {
        return word.indexOf('/') >= 0 || word.indexOf(java.io.File.separatorChar) >= 0 || word.indexOf('.') >= 0;
    }

    private static final List<String> OPTIONS = List.of("--help", "--version", "--json", "--overwrite", "--keep",
            "--write", "--exit-after-first-render", "--corpus", "--articles", "--limit", "--library", "--annotations",
            "--out", "--format");

    /** The option a word that is none was probably meant to be ({@code --verison}, {@code -json}), else null. */
    private static String misspelledOption(String word) {
        String name = word.replaceFirst("^--?", "").toLowerCase(java.util.Locale.ROOT);
        if (name.length() < 2) {
            return null;
        }
        for (String option : OPTIONS) {
            String optionName = option.substring(2);
            if (editDistance(name, optionName) <= (optionName.length() <= 5 ? 1 : 2)) {
                return option;
            }
        }
        return null;
    }

    private static final List<String> COMMANDS = List.of("scan", "render", "search", "export", "import", "note",
            "annotations", "bench");

    /**
     * The command a bare word not naming anything here was probably meant to be ({@code serach}, {@code scna}: one
     * letter off, two for the longer commands), else null: {@code lectern serach DIR q} would open a window on a
     * folder named serach.
     */
    private static String misspelledCommand(String word) {
        if (word.isEmpty() || word.length() > 16 || !word.matches("[A-Za-z]+")
                || Files.exists(Path.of(word))) {
            return null;
        }
        for (String command : COMMANDS) {
            if (editDistance(word.toLowerCase(java.util.Locale.ROOT), command) <= (command.length() <= 5 ? 1 : 2)) {
                return command;
            }
        }
        return null;
    }

    /** Levenshtein distance, letters swapped counting as one edit ({@code scna} is one from {@code scan}). */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text.replace(",", "").replace("_", ""));
            if (limit < 0) {
                throw new IllegalArgumentException("--limit needs 0 (all) or a positive number");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit needs a whole number (0 for all)");
        }
    }

    private static String value(String[] args, int i, String message) {
        if (i >= args.length) {
            throw new IllegalArgumentException(message);
        }
        return args[i];
    }

    private static Path single(List<String> positional, String message) {
        if (positional.size() != 2) {
            throw new IllegalArgumentException(message);
        }
        return Path.of(positional.get(1));
    }
}
