package dev.lectern.library;

import dev.lectern.model.Article;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages of a translated library, for the tag tree's Languages section: an article's {@code lang} in its front
 * matter, else a language in its file name before the extension (Hugo's {@code post.zh.md}), else the language folder
 * of the library (Chrome docs' {@code site/es/…}, Hugo's {@code content/en/…}): where at least two folders named by
 * language codes Java knows, side by side, hold at least half of what lies in their folder. Each language is named
 * in itself ("Español", "日本語"), as language menus name them.
 */
final class ArticleLanguages {

    /** {@code es}, {@code zh-cn}, {@code pt_br}, {@code zh-Hant}. */
    private static final Pattern CODE = Pattern.compile("([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}|\\d{3}))?");
    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());
    /** How many codes and folder names are remembered with their language (or none). */
    private static final int MAX_NAMES = 10_000;
    /** The longest language code looked at ({@code zh-hant-tw}). */
    private static final int MAX_CODE = 12;
    /** Folders deeper than this are not looked at for a language. */
    private static final int DEPTH = 4;

    private final Map<String, String> names = new HashMap<>();

    /**
     * The languages of a library's articles, by their place in its list: each article's language (null where it has
     * none), and the key its translations share (null where it has none): its path with the language in its file
     * name or its language folder taken out ({@code site/en/blog/x/} and {@code site/ja/blog/x/} share one). All null
     * when fewer than two languages are found, as a library in one language needs no Languages section.
     */
    record Found(String[] names, String[] siblings) {
    }

    Found of(List<Article> articles) {
        String[] names = new String[articles.size()];
        String[] siblings = new String[articles.size()];
        Set<String> parents = languageParents(articles);
        boolean[] depths = depthsOf(parents);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String path = articles.get(i).id().path();
            String code = fileLanguage(path);
            if (name(code) != null) {
                int dot = path.lastIndexOf('.');
                siblings[i] = path.substring(0, dot - code.length()) + "\u0000" + path.substring(dot);
            } else {
                int depth = parents.isEmpty() ? -1 : languageDepth(path, parents, depths);
                code = depth < 0 ? null : segment(path, depth);
                if (code != null) {
                    int start = folderStart(path, depth);
                    siblings[i] = path.substring(0, start) + "\u0000" + path.substring(start + code.length());
                }
            }
            String own = name(articles.get(i).lang());
            names[i] = own != null ? own : name(code);
            if (names[i] != null) {
                distinct.add(names[i]);
            }
        }
        return distinct.size() < 2 ? new Found(new String[names.length], new String[names.length]) : new Found(names, siblings);
    }

    /** The depth of the language folder a path lies in, under one of the language parents; -1 for none. */
    private int languageDepth(String path, Set<String> parents, boolean[] depths) {
        for (int depth = 0; depth < DEPTH; depth++) {
            int start = depths[depth] ? folderStart(path, depth) : -1;
            if (start >= 0 && parents.contains(path.substring(0, start)) && name(segment(path, depth)) != null) {
                return depth;
            }
        }
        return -1;
    }

    /** The depths the folders are at ({@code ""} at 0, {@code site/} at 1): only there are paths looked at. */
    private static boolean[] depthsOf(Set<String> folders) {
        boolean[] depths = new boolean[DEPTH];
        for (String folder : folders) {
            int depth = (int) folder.chars().filter(c -> c == '/').count();
            if (depth < DEPTH) {
                depths[depth] = true;
            }
        }
        return depths;
    }

    /**
     * The folders ({@code ""} for the library's own) whose language folders, two or more, hold at least half of what
     * lies under them and a twentieth of the library, one page in two of them at least (a translation): the library's ({@code content/en/…},
     * {@code en/…}), or one site's in a library of several (corpus B's {@code developer.chrome.com/site/es/…} beside a
     * Chinese blog). Topics named like languages ({@code it/}, {@code os/} among {@code java/}; {@code courses/cs/intro.md}
     * and {@code courses/ml/intro.md} pair, but hold too little of a larger folder) do not count.
     */
    private Set<String> languageParents(List<Article> articles) {
        Map<String, Set<String>> codes = new HashMap<>();
        Map<String, int[]> held = new HashMap<>(); // {articles in its language folders, articles under it}
        Map<String, Map<Integer, String>> rests = new HashMap<>(); // what follows the language folder, hashed: its code
        Set<String> paired = new HashSet<>();
        for (Article article : articles) {
            String path = article.id().path();
            for (int depth = 0, start = 0; depth < DEPTH && start >= 0; depth++, start = folderStart(path, depth)) {
                String segment = segment(path, depth);
                if (segment != null && name(segment) != null && codes.size() < MAX_NAMES) {
                    String parent = path.substring(0, start);
                    codes.computeIfAbsent(parent, p -> new HashSet<>()).add(segment);
                    held.computeIfAbsent(parent, p -> new int[2])[0]++;
                    int rest = path.substring(start + segment.length()).hashCode();
                    String before = rests.computeIfAbsent(parent, p -> new HashMap<>()).putIfAbsent(rest, segment);
                    if (before != null && !before.equals(segment)) {
                        paired.add(parent); // one page in two languages: a translated site, not topics named like them
                    }
                }
            }
        }
        codes.keySet().removeIf(parent -> codes.get(parent).size() < 2 || !paired.contains(parent));
        if (codes.isEmpty()) {
            return Set.of();
        }
        boolean[] depths = depthsOf(codes.keySet());
        for (Article article : articles) {
            String path = article.id().path();
            for (int depth = 0; depth < DEPTH; depth++) {
                int start = depths[depth] ? folderStart(path, depth) : -1;
                String parent = start < 0 ? null : path.substring(0, start);
                if (parent != null && codes.containsKey(parent)) {
                    held.get(parent)[1]++;
                }
            }
        }
        Set<String> parents = new HashSet<>();
        for (String parent : codes.keySet()) {
            int[] count = held.get(parent);
            if (count[0] * 2 >= count[1] && count[0] * 20L >= articles.size()) { // and a twentieth of the library
                parents.add(parent);
            }
        }
        return parents;
    }

    /** Where the folder at this depth of a path starts, or -1 when the path has no folder there. */
    private static int folderStart(String path, int depth) {
        int start = 0;
        for (int i = 0; i < depth; i++) {
            start = path.indexOf('/', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        return start;
    }

    /** The language in a file name before its extension ({@code zh-cn} of {@code posts/intro.zh-cn.md}), or null. */
    private static String fileLanguage(String path) {
        int extension = path.lastIndexOf('.');
        int before = extension <= 0 ? -1 : path.lastIndexOf('.', extension - 1);
        return before < 0 || extension - before > MAX_CODE || path.indexOf('/', before) >= 0 ? null
                : path.substring(before + 1, extension);
    }

    /**
     * The folder at this depth of a path ({@code es} at 1 of {@code site/es/blog/x.md}); null when the file is there,
     * or when the folder's name is too long for a language code.
     */
    private static String segment(String path, int depth) {
        int start = folderStart(path, depth);
        int end = start < 0 ? -1 : path.indexOf('/', start);
        return end < 0 || end - start > MAX_CODE ? null : path.substring(start, end);
    }

    /** The language's name in itself, capitalised ("Español", "中文 (台灣)"), or null for no language Java knows. */
    String name(String code) {
        if (code == null || code.length() > MAX_CODE) {
            return null;
        }
        String name = names.get(code);
        if (name == null) {
            name = nameOf(code.strip().toLowerCase(Locale.ROOT));
            if (names.size() < MAX_NAMES) {
                names.put(code, name);
            }
        }
        return name.isEmpty() ? null : name;
    }

    /** The name, or "" for no language (kept, as most folder names are none). */
    private static String nameOf(String key) {
        Matcher m = CODE.matcher(key);
        if (!m.matches() || !ISO.contains(m.group(1))) {
            return "";
        }
        Locale locale = Locale.forLanguageTag(key.replace('_', '-'));
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equalsIgnoreCase(key)) {
            return "";
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
