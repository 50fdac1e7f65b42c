package dev.lectern.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The languages of fenced code that Lectern colours, by the names and aliases GitHub accepts, mapped to
 * RSyntaxTextArea styles, or to a {@link CodeGrammar} ({@code lectern/…}) for languages it has no token maker for.
 * {@code diff} and {@code http} are coloured by line and have no style.
 */
final class CodeLanguages {

    /** The pseudo-style for unified diffs, which RSyntaxTextArea does not tokenise. */
    static final String DIFF = "diff";
    /** The pseudo-style for HTTP messages, coloured by line. */
    static final String HTTP = "http";

    private static final Map<String, String> STYLES = new HashMap<>();

    static {
        add("text/java", "java");
        add("text/python", "python", "py", "python3", "py3", "gyp");
        add("text/javascript", "javascript", "js", "jsx", "node", "mjs", "cjs", "es6");
        add("text/typescript", "typescript", "ts", "tsx");
        add("text/unix", "bash", "sh", "shell", "zsh", "ksh", "console", "shell-session", "shellsession", "commandline");
        add("text/golang", "go", "golang");
        add("text/sql", "sql", "mysql", "postgresql", "postgres", "psql", "plsql", "sqlite", "hql", "cql");
        add("text/yaml", "yaml", "yml");
        add("text/json", "json", "json5", "geojson");
        add("text/jshintrc", "jsonc");
        add("text/html", "html", "htm", "xhtml", "vue", "svelte");
        add("text/xml", "xml", "svg", "xsl", "xslt", "plist", "rss", "atom", "wsdl", "pom");
        add("text/css", "css", "scss", "sass");
        add("text/less", "less");
        add("text/rust", "rust", "rs");
        add("text/kotlin", "kotlin", "kt", "kts", "koltin");
        add("text/c", "c", "h", "objc", "objective-c", "objectivec");
        add("text/cpp", "cpp", "c++", "cc", "cxx", "hpp", "hxx", "h++", "arduino");
        add("text/markdown", "markdown", "md", "mkd");
        add("text/dockerfile", "dockerfile", "docker", "containerfile");
        add(DIFF, "diff", "patch", "udiff");
        add(HTTP, "http", "https");
        add("lectern/coq", "coq", "gallina", "v");
        add("lectern/ocaml", "ocaml", "ml", "sml");
        add("lectern/haskell", "haskell", "hs");
        add("lectern/conf", "conf", "nginx", "nginxconf", "haproxy", "hocon", "logstash", "redis", "config");
        add("lectern/hcl", "hcl", "terraform", "tf");
        add("lectern/cypher", "cypher", "neo4j");
        add("lectern/promql", "promql");
        add("lectern/vim", "vim", "viml", "vimscript", "vimrc");
        add("lectern/bibtex", "bibtex", "bib");
        add("lectern/liquid", "liquid", "jekyll");
        add("lectern/freemarker", "ftl", "freemarker");
        add("lectern/swift", "swift");
        add("lectern/r", "r", "rscript", "splus");
        add("lectern/julia", "julia", "jl");
        add("lectern/elixir", "elixir", "ex", "exs");
        add("lectern/erlang", "erlang", "erl");
        add("lectern/zig", "zig");
        add("lectern/solidity", "solidity", "sol");
        add("lectern/graphql", "graphql", "gql");
        add("lectern/gherkin", "gherkin", "cucumber", "feature");
        add("lectern/cmake", "cmake");
        add("lectern/nix", "nix");
        add("lectern/fsharp", "fsharp", "f#", "fs");
        add("lectern/matlab", "matlab", "octave");
        add("text/ruby", "ruby", "rb", "gemspec", "podspec");
        add("text/php", "php");
        add("text/perl", "perl", "pl");
        add("text/lua", "lua");
        add("text/scala", "scala", "sc");
        add("text/groovy", "groovy", "gradle", "jenkinsfile");
        add("text/cs", "csharp", "cs", "c#");
        add("text/dart", "dart");
        add("text/clojure", "clojure", "clj", "cljs", "edn");
        add("text/lisp", "lisp", "elisp", "emacs-lisp", "scheme", "racket", "cl", "common-lisp");
        add("text/makefile", "makefile", "make", "mk");
        add("text/ini", "ini", "toml", "cfg", "dosini", "editorconfig", "gitconfig", "service", "systemd", "cnf");
        add("text/properties", "properties", "java-properties", "env", "dotenv");
        add("text/proto", "proto", "protobuf");
        add("text/latex", "latex", "tex");
        add("text/bat", "bat", "batch", "cmd", "dos");
        add("text/powershell", "powershell", "ps1", "pwsh", "ps");
        add("text/jsp", "jsp");
        add("text/vb", "vb", "vbnet", "vba", "vbscript");
        add("text/actionscript", "actionscript", "as");
        add("text/d", "d");
        add("text/fortran", "fortran", "f90");
        add("text/handlebars", "handlebars", "hbs", "mustache");
        add("text/tcl", "tcl");
        add("text/delphi", "delphi", "pascal");
        add("text/asm", "asm", "nasm", "x86asm", "assembly");
        add("text/vhdl", "vhdl");
        add("text/csv", "csv");
        add("text/htaccess", "htaccess", "apacheconf", "apache");
    }

    private CodeLanguages() {
    }

    private static void add(String style, String... names) {
        for (String name : names) {
            STYLES.put(name, style);
        }
    }

    /** The RSyntaxTextArea style for a fence's language, or null when Lectern does not colour it. */
    static String styleOf(String language) {
        return language == null ? null : STYLES.get(language.strip().toLowerCase(Locale.ROOT));
    }
}
