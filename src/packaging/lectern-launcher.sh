#!/bin/sh
# Lectern's launcher on Linux (bin/Lectern of the app image, in place of jpackage's): starts the bundled Java
# runtime with the class path, main class and options of lib/app/Lectern.cfg, $APPDIR expanded as jpackage's
# launcher does. jpackage's launcher (JDK 17) runs `rpm -qf` and `dpkg -S` on its own path at every start, and
# `dpkg -L` when installed from the .deb, to find a library Lectern's image always keeps in lib/: 0.3 s or more of
# every start. This reads one small file instead.
self=$(readlink -f "$0")
image=$(dirname "$(dirname "$self")")
app="$image/lib/app"
cfg="$app/Lectern.cfg"
[ -f "$cfg" ] || { echo "Lectern: no $cfg" >&2; exit 1; }
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
options=$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g")
# one option a line in the cfg: split on line breaks only (paths may hold spaces)
IFS='
'
# shellcheck disable=SC2086
exec "$image/lib/runtime/bin/java" $options -cp "$cp" "$main" "$@"
