package dev.lectern.app.bench;

import dev.lectern.model.ArticleId;
import dev.lectern.search.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Times a fixed, realistic set of searches against an index, as the UI would run them. */
final class SearchQueryTimer {

    /** The result limit the UI asks for (its first page: SearchViewModel.PAGE). */
    static final int LIMIT = 50;
    /**
     * The queries (hitting the text of the shared corpus B), each timed; those marked filtered run within the tag filter.
     * Among them Latin text inside words (serviceworker, prefetch, orker), traditional Chinese and pinyin.
     */
    static final List<BenchQuery> QUERIES = List.of(
            q("的"), q("锁"), q("架"), q("线程"), q("缓存"), q("算法"), q("面试"), q("线程池"), q("分布式"), q("数据库"),
            q("微服务"), q("分布式锁"), q("消息队列"), q("负载均衡"), q("性能优化"), q("设计模式"), q("拡張機能"), q("コンテナ"),
            q("ウェブ"), q("개발자"), q("chrome"), q("javascript"), q("kubernetes"), q("redis"), q("elasticsearch"),
            q("lighthouse"), q("j"), q("perf"), q("serializ"), q("kube"), q("java 线程池"), q("redis 缓存"),
            q("chrome extension"), q("\"service worker\""), q("\"spring boot\""), q("\"manifest v3\""), q("tag:java"),
            q("tag:devtools"), q("tag:ai"), q("tag:cache 缓存"), q("author:jecelynyeen"), q("xyzzyplugh"), q("鑫龘靐齉"),
            q("\"service 线程池 worker\""), q("worker"), q("serviceworker"), q("prefetch"), q("eventlistener"), q("async"),
            q("orker"), q("\"window.fetch\""), q("線程池"), q("分佈式"), q("xianchengchi"), q("xcc"), q("fenbushi"), q("fbs"),
            filtered("的"), filtered("java"), filtered("线程池"), filtered("chrome"),
            filtered("perf"), filtered("\"service worker\""));

    /** One query of the set. */
    record BenchQuery(String text, boolean filtered) {
        @Override
        public String toString() {
            return filtered ? text + " (tag filter)" : text;
        }
    }

    /**
     * Query latencies in nanoseconds: the very first query after opening (cold), every timed query after the warm-up
     * (sorted); the query with the slowest timed run; how many of the queries found anything; the median of a filtered
     * query right after the tag filter changed (the filter is kept between searches, and made anew then).
     */
    record QueryTimes(long first, long[] sorted, String slowest, int withHits, long afterFilterChange) {
        long percentile(int p) {
            return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
        }
    }

    private SearchQueryTimer() {
    }

    /** Runs every query warmups times untimed, then rounds times timed; filtered ones only within allowed. */
    static QueryTimes time(SearchIndex index, Set<ArticleId> allowed, int warmups, int rounds)
            throws IOException {
        long[] latencies = new long[QUERIES.size() * rounds];
        long[] worst = new long[QUERIES.size()];
        long first = -1;
        int withHits = 0;
        for (int round = -warmups; round < rounds; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                BenchQuery query = QUERIES.get(i);
                long start = System.nanoTime();
                int hits = index.search(query.text(), LIMIT, query.filtered() ? allowed : null).size();
                long time = System.nanoTime() - start;
                first = first < 0 ? time : first;
                if (round >= 0) {
                    latencies[round * QUERIES.size() + i] = time;
                    worst[i] = Math.max(worst[i], time);
                }
                if (round == rounds - 1 && hits > 0) {
                    withHits++;
                }
            }
        }
        int slowest = 0;
        for (int i = 1; i < worst.length; i++) {
            slowest = worst[i] > worst[slowest] ? i : slowest;
        }
        Arrays.sort(latencies);
        return new QueryTimes(first, latencies, QUERIES.get(slowest).toString(), withHits, afterFilterChange(index, allowed));
    }

    private static long afterFilterChange(SearchIndex index, Set<ArticleId> allowed) throws IOException {
        List<ArticleId> ids = new ArrayList<>(allowed);
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            Set<ArticleId> changed = new HashSet<>(allowed);
            if (!ids.isEmpty()) {
                changed.remove(ids.get(i % ids.size()));
            }
            long start = System.nanoTime();
            index.search("java", LIMIT, changed);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static BenchQuery q(String text) {
        return new BenchQuery(text, false);
    }

    private static BenchQuery filtered(String text) {
        return new BenchQuery(text, true);
    }
}
