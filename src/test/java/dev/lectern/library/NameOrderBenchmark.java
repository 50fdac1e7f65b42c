package dev.lectern.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints how long sorting 100,000 mixed Chinese, Latin and kana titles by name takes: the first sort (every key worked
 * out once) and later sorts (keys looked up), against a plain case-insensitive sort. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<dependencies> dev.lectern.library.NameOrderBenchmark}.
 */
public final class NameOrderBenchmark {

    private static final String[] WORDS = {"线程池", "内存", "并发", "重庆", "银行", "数据库", "算法", "读书", "笔记", "安全",
        "Java", "Kubernetes", "AWS", "re:Invent", "Go", "Rust", "さくら", "カメラ", "東京", "测试", "编程", "网络", "设计"};

    private NameOrderBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        List<String> titles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(4); w++) {
                title.append(WORDS[random.nextInt(WORDS.length)]);
            }
            titles.add(title.append(' ').append(i).toString());
        }
        NameOrder order = new NameOrder();
        order.key("预热");
        long prepared = System.nanoTime();
        new NameOrder().prepare(titles);
        System.out.printf("keys of %,d titles worked out (as after a library load, in the background): %.0f ms%n", count,
                (System.nanoTime() - prepared) / 1e6);
        for (int round = 1; round <= 3; round++) {
            List<String> copy = new ArrayList<>(titles);
            long start = System.nanoTime();
            copy.sort(order.comparing(s -> s));
            System.out.printf("sort %,d titles by name, round %d: %.0f ms%n", count, round, (System.nanoTime() - start) / 1e6);
        }
        List<String> copy = new ArrayList<>(titles);
        long start = System.nanoTime();
        copy.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.printf("sort %,d titles ignoring case (before): %.0f ms%n", count, (System.nanoTime() - start) / 1e6);
    }
}
