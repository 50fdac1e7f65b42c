package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The binary layout of a metadata cache file: magic, version, library path, a table of distinct
 * strings, a table of distinct string lists (tags, authors... repeat a lot), one fixed-size record
 * per article referring to both tables, the content hashes known for some articles, and a CRC32 of everything before
 * it. An article's warnings are one string list: each problem's kind, its number of values, then the values. Loading
 * shares each string and list between the articles that use it. A file of an older version (version 2 held warnings
 * as English sentences, version 3 titles and tags with invisible control characters, version 4 titles with formatting
 * tags, version 5 headings' attribute lists in titles, version 6 entities such as {@code &nbsp;} in titles, version 7
 * the first line of Hugo's JSON front matter as the title, version 8 no date for a daily note's {@code 2024-01-05.md},
 * version 9 none from {@code publishDate}, {@code pubDate} or {@code created}, version 10 a warning for a vault
 * template's {@code {{date}}}, version 11 no date for {@code March 18, 2024}, a time since 1970 or a Logseq journal, and
 * a placeholder's warning quoting YAML's reading of it, version 12 an unclosed quote or flow list of broken front matter
 * kept in a title or tag, version 13 the page pieces of a site's {@code _includes} or {@code _partials} as articles,
 * shown until the walk had checked the list, version 14 a Hexo post's categories side by side, not nested, version 15
 * a front matter title cut at 120 characters, version 16 a title with the ruby markup of Japanese novels written as it
 * is, version 17 a post of a {@code _drafts} folder without {@code draft: true} as published, version 18 a front
 * matter tag's leading {@code #} kept, {@code #idea} for idea, version 19 decomposed Hangul and kana kept as written, version 20 no
 * warning for a sync tool's conflict copy nor for front matter never closed nor for an empty
 * file, version 21 a front matter of more than 500 lines as none, its {@code title:} line for the title, without a
 * warning, version 22 a link loop, a pipe or device named .md listed, version 23 a first heading that names a section ({@code # 背景}) not taken for the title)
 * is refused,
 * so the library is scanned again and the cache rebuilt.
 */
final class MetadataCacheFormat {

    static final long MAGIC = 0x4C45435445524E4DL; // "LECTERNM"
    static final int VERSION = 23;
    private static final int NONE = -1;

    /** What a cache file holds: the articles and the content hashes of some of them, by path. */
    record Contents(List<Article> articles, Map<String, String> hashes) {
    }

    byte[] write(String library, Collection<Article> articles) {
        return write(library, articles, Map.of());
    }

    /** The file for these articles with the given content hashes (by article path; paths of no article are left out). */
    byte[] write(String library, Collection<Article> articles, Map<String, String> hashes) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<List<String>, Integer> lists = new LinkedHashMap<>();
        GrowingBuffer records = new GrowingBuffer(articles.size() * 64);
        for (Article a : articles) {
            records.putInt(index(strings, a.id().path()));
            records.putInt(index(strings, a.title()));
            records.putInt(index(strings, a.subtitle()));
            records.putInt(a.date() == null ? Integer.MIN_VALUE : Math.toIntExact(a.date().toEpochDay()));
            records.putInt(list(lists, strings, a.authors()));
            records.putInt(list(lists, strings, a.tags()));
            records.putInt(list(lists, strings, a.categories()));
            records.putInt(index(strings, a.description()));
            records.put(a.draft() ? (byte) 1 : (byte) 0);
            records.putInt(index(strings, a.lang()));
            records.putInt(list(lists, strings, flatten(a.warnings())));
            records.putLong(a.size());
            records.putLong(a.modified());
        }
        GrowingBuffer out = new GrowingBuffer(records.size() + strings.size() * 48 + 1024);
        out.putLong(MAGIC);
        out.putInt(VERSION);
        out.putString(library);
        out.putInt(strings.size());
        strings.keySet().forEach(out::putString);
        out.putInt(lists.size());
        for (List<String> list : lists.keySet()) {
            out.putInt(list.size());
            list.forEach(item -> out.putInt(strings.get(item)));
        }
        out.putInt(articles.size());
        out.put(records.array(), records.size());
        int index = 0;
        GrowingBuffer hashed = new GrowingBuffer(64);
        int hashCount = 0;
        for (Article a : articles) {
            String hash = hashes.get(a.id().path());
            if (hash != null) {
                hashed.putInt(index);
                hashed.putString(hash);
                hashCount++;
            }
            index++;
        }
        out.putInt(hashCount);
        out.put(hashed.array(), hashed.size());
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.size());
        out.putLong(crc.getValue());
        return Arrays.copyOf(out.array(), out.size());
    }

    /** The articles stored for this library; throws IOException for any damage, version or library mismatch. */
    List<Article> read(String library, byte[] data) throws IOException {
        return readAll(library, data).articles();
    }

    /** The articles and hashes stored for this library; throws IOException for any damage, version or library mismatch. */
    Contents readAll(String library, byte[] data) throws IOException {
        try {
            if (data.length < 24) {
                throw new IOException("too short");
            }
            ByteBuffer in = ByteBuffer.wrap(data);
            int version = in.getLong() == MAGIC ? in.getInt() : NONE;
            if (version != VERSION) {
                throw new IOException("not a cache file of version " + VERSION);
            }
            CRC32 crc = new CRC32();
            crc.update(data, 0, data.length - 8);
            if (in.getLong(data.length - 8) != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            if (!readString(in).equals(library)) {
                throw new IOException("cache of another library");
            }
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = readString(in);
            }
            List<?>[] lists = new List<?>[count(in)];
            for (int i = 0; i < lists.length; i++) {
                String[] items = new String[count(in)];
                for (int j = 0; j < items.length; j++) {
                    items[j] = strings[in.getInt()];
                }
                lists[i] = List.of(items);
            }
            int count = count(in);
            List<Article> articles = new ArrayList<>(count);
            Map<Integer, LocalDate> dates = new HashMap<>();
            for (int i = 0; i < count; i++) {
                articles.add(new Article(new ArticleId(strings[in.getInt()]), strings[in.getInt()], string(strings, in),
                        date(dates, in.getInt()), list(lists, in), list(lists, in), list(lists, in), string(strings, in),
                        in.get() != 0, string(strings, in), problems(list(lists, in)), in.getLong(), in.getLong()));
            }
            Map<String, String> hashes = new HashMap<>();
            int hashCount = count(in);
            for (int i = 0; i < hashCount; i++) {
                hashes.put(articles.get(in.getInt()).id().path(), readString(in));
            }
            if (in.remaining() != 8) {
                throw new IOException("unexpected trailing bytes");
            }
            return new Contents(articles, hashes);
        } catch (RuntimeException e) {
            throw new IOException("damaged cache: " + e, e);
        }
    }

    /** Problems as one string list: kind, number of values, values; for each problem in turn. */
    static List<String> flatten(List<Problem> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<String> flat = new ArrayList<>();
        for (Problem problem : problems) {
            flat.add(problem.kind().name());
            flat.add(Integer.toString(problem.values().size()));
            flat.addAll(problem.values());
        }
        return flat;
    }

    /** The problems of a flattened list; an unknown kind or a wrong count is damage (an IllegalArgumentException). */
    static List<Problem> problems(List<String> flat) {
        if (flat.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < flat.size(); ) {
            Problem.Kind kind = Problem.Kind.valueOf(flat.get(i));
            int count = Integer.parseInt(flat.get(i + 1));
            if (count < 0 || i + 2 + count > flat.size()) {
                throw new IllegalArgumentException("bad warning list");
            }
            problems.add(new Problem(kind, flat.subList(i + 2, i + 2 + count)));
            i += 2 + count;
        }
        return List.copyOf(problems);
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    private static LocalDate date(Map<Integer, LocalDate> dates, int epochDay) {
        return epochDay == Integer.MIN_VALUE ? null : dates.computeIfAbsent(epochDay, LocalDate::ofEpochDay);
    }

    private static String string(String[] strings, ByteBuffer in) {
        int i = in.getInt();
        return i == NONE ? null : strings[i];
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(List<?>[] lists, ByteBuffer in) {
        return (List<String>) lists[in.getInt()];
    }

    private static int index(Map<String, Integer> strings, String s) {
        return s == null ? NONE : strings.computeIfAbsent(s, k -> strings.size());
    }

    private static int list(Map<List<String>, Integer> lists, Map<String, Integer> strings, List<String> list) {
        list.forEach(item -> index(strings, item));
        return lists.computeIfAbsent(list, k -> lists.size());
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = count(in);
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
