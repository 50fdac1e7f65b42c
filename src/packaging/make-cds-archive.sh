#!/bin/sh
# Makes lectern.jsa, the class-data sharing archive that lets Lectern start faster, for the app folder this
# script sits in (lib/app). The archive names the jars by their full paths, so it is made where the app is
# installed: by the build for target/dist/Lectern, by the .deb on installing, and by hand after moving the
# folder. Without a valid archive Lectern starts as usual, only slower. Needs no display.
set -e
app=$(cd "$(dirname "$0")" && pwd)
java="$app/../runtime/bin/java"
[ -x "$java" ] || { echo "make-cds-archive: no $java" >&2; exit 1; }
[ -f "$app/lectern.classlist" ] || { echo "make-cds-archive: no $app/lectern.classlist" >&2; exit 1; }
# the class path exactly as the launcher builds it from Lectern.cfg: $APPDIR expanded, in the same order
cp=$(sed -n 's/^app\.classpath=//p' "$app/Lectern.cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
rm -f "$app/lectern.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/lectern.classlist" -XX:SharedArchiveFile="$app/lectern.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" > "$app/lectern.jsa.log" 2>&1 \
    || { echo "make-cds-archive: dump failed, see $app/lectern.jsa.log" >&2; rm -f "$app/lectern.jsa"; exit 1; }
rm -f "$app/lectern.jsa.log"
echo "make-cds-archive: $app/lectern.jsa ($(du -k "$app/lectern.jsa" | cut -f1) KB)"
