#!/bin/sh
# Installs the .deb into a scratch root (dpkg-deb -x: no root rights, nothing outside WORK touched) and checks
# what an installation gives: the launcher, the desktop entry and its icon, the postinst that puts `lectern` on
# the PATH and makes the start-up archive; then runs `lectern --version` and a scan from the installed files,
# before and after making that archive there. Fails (exit 1) on the first thing missing.
# usage: check-deb.sh DEB VERSION LIBRARY WORK
set -e
deb=$1 version=$2 library=$3 work=$4
fail() { echo "check-deb: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no package $deb"
rm -rf "$work"
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/DEBIAN"
app="$work/root/opt/lectern"
[ -x "$app/bin/Lectern" ] || fail "no launcher /opt/lectern/bin/Lectern"
desktop=$(find "$app/lib" -maxdepth 1 -type f -name '*.desktop' | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry"
grep -q '^Exec=/opt/lectern/bin/Lectern' "$desktop" || fail "the desktop entry does not start /opt/lectern/bin/Lectern"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$work/root$icon" ] || fail "the desktop entry's icon $icon is not in the package"
grep -q 'xdg-desktop-menu install' "$work/DEBIAN/postinst" || fail "postinst does not install the desktop entry"
grep -q 'ln -sf /opt/lectern/bin/Lectern /usr/bin/lectern' "$work/DEBIAN/postinst" || fail "postinst does not put lectern on the PATH"
grep -q 'make-cds-archive.sh' "$work/DEBIAN/postinst" || fail "postinst does not make the start-up archive"
grep -q 'rm -f /usr/bin/lectern' "$work/DEBIAN/prerm" || fail "prerm does not take lectern off the PATH"
# `lectern` as the PATH would find it
mkdir -p "$work/root/usr/bin"
ln -s ../../opt/lectern/bin/Lectern "$work/root/usr/bin/lectern"
lectern="$work/root/usr/bin/lectern"
expected=$(find "$library" -name '*.md' | wc -l)
check() {
    got=$("$lectern" --version)
    [ "$got" = "Lectern $version" ] || fail "lectern --version said '$got' $1"
    lines=$("$lectern" scan "$library" --json | wc -l)
    [ "$lines" -eq "$expected" ] || fail "lectern scan listed $lines of $expected articles $1"
    echo "check-deb: lectern --version and a scan of $expected articles work $1"
}
check "before postinst"
"$app/lib/app/make-cds-archive.sh"
[ -f "$app/lib/app/lectern.jsa" ] || fail "make-cds-archive.sh made no archive"
# -Xshare:on: the JVM refuses to start unless the archive maps and matches the installed jars
export JAVA_TOOL_OPTIONS=-Xshare:on
check "with the start-up archive (-Xshare:on)"
echo "check-deb: $(basename "$deb") installs into a scratch root and runs: launcher, desktop entry, icon, PATH, archive"
