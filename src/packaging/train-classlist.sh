#!/bin/sh
# Writes the list of classes Lectern loads up to its first painted article (the input of make-cds-archive.sh)
# by starting the app image once on the sample library, with its own empty preferences and caches. That needs
# a display: $DISPLAY, else xvfb-run. Without either, the list kept in the sources (src/packaging/lectern.classlist,
# made the same way) is used instead, and this says so.
# usage: train-classlist.sh APP_IMAGE_DIR LIBRARY OUT_FILE FALLBACK_FILE
image=$1 library=$2 out=$3 fallback=$4
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$out" timeout 300 "$@" "$image/bin/Lectern" --exit-after-first-render "$library"
}
rm -f "$out"
if [ -n "$DISPLAY" ] && run; then
    :
elif command -v xvfb-run >/dev/null 2>&1 && run xvfb-run -a -s "-screen 0 1440x900x24"; then
    :
else
    echo "**************************************************************************************" >&2
    echo "* No display and no xvfb-run: the start-up class list was not recorded in this build; *" >&2
    echo "* using the one kept in the sources ($fallback).                                       *" >&2
    echo "**************************************************************************************" >&2
    cp "$fallback" "$out"
    exit 0
fi
[ -s "$out" ] || { echo "train-classlist: no class list written" >&2; cp "$fallback" "$out"; }
echo "train-classlist: $(wc -l < "$out") classes and lambda forms loaded before the first paint"
