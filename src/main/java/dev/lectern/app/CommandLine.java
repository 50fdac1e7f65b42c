package dev.lectern.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line: which command to run and with what. */
record CommandLine(Command command, Path path, boolean json, Path library) {

    /** What the user asked for. */
    enum Command { OPEN, SCAN, RENDER, HELP, VERSION }

    static final String USAGE = """
            Usage:
              lectern [DIR]                          open the reader on DIR (default: ./content)
              lectern scan DIR [--json]              list every article of DIR with its metadata and warnings
              lectern render FILE [--library DIR]    print the HTML page the reading pane shows for FILE
              lectern --help | --version
            """;

    /** Parses the arguments; throws IllegalArgumentException with a message meant for the user. */
    static CommandLine parse(String... args) {
        List<String> positional = new ArrayList<>();
        boolean json = false;
        Path library = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new CommandLine(Command.HELP, null, false, null);
                }
                case "--version", "-V" -> {
                    return new CommandLine(Command.VERSION, null, false, null);
                }
                case "--json" -> json = true;
                case "--library" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--library needs a folder");
                    }
                    library = Path.of(args[++i]);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (!positional.isEmpty() && positional.get(0).equals("scan")) {
            return new CommandLine(Command.SCAN, single(positional, "scan needs a folder: lectern scan DIR"), json, null);
        }
        if (!positional.isEmpty() && positional.get(0).equals("render")) {
            return new CommandLine(Command.RENDER, single(positional, "render needs a file: lectern render FILE"), false, library);
        }
        if (positional.size() > 1) {
            throw new IllegalArgumentException("expected one folder, got " + positional);
        }
        return new CommandLine(Command.OPEN, positional.isEmpty() ? null : Path.of(positional.get(0)), false, null);
    }

    private static Path single(List<String> positional, String message) {
        if (positional.size() != 2) {
            throw new IllegalArgumentException(message);
        }
        return Path.of(positional.get(1));
    }
}
