#!/bin/sh
# Installs the .deb with dpkg itself into a scratch root and checks what the installation gives: dpkg unpacks it and
# runs its maintainer scripts (outside a chroot, with DPKG_ROOT set to the scratch root, which the package's postinst
# and prerm honour), so this is the package's real install path, with no root rights needed and nothing outside WORK
# touched (dpkg's log goes there too). Checks the launcher, the desktop entry and its icon, `lectern` on the PATH and
# the start-up archive (postinst's, or the cache the package brings); runs `lectern --version` and a scan from the
# installed files with and without that archive; then removes and purges the package with dpkg and checks that
# nothing of it is left.
# Fails (exit 1) on the first thing missing.
# usage: check-deb.sh DEB VERSION LIBRARY WORK
set -e
deb=$1 version=$2 library=$3 work=$4
fail() { echo "check-deb: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no package $deb"
command -v dpkg >/dev/null 2>&1 || fail "no dpkg to install $deb with"
rm -rf "$work"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/log"
: > "$root/var/lib/dpkg/status"
in_root() {
    log="$work/dpkg-$1.log"
    shift
    dpkg --root="$root" --log="$root/var/log/dpkg.log" --force-script-chrootless --force-not-root "$@" > "$log" 2>&1 \
        || { cat "$log" >&2; fail "dpkg $* failed (above)"; }
}
status() { dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' lectern 2>/dev/null || echo "not known"; }

# the libraries the package depends on are the host's; the empty scratch root has none of them
in_root install --force-depends -i "$deb"
[ "$(status)" = "install ok installed" ] || fail "after dpkg -i, dpkg says the package is '$(status)'"
app="$root/opt/lectern"
[ -x "$app/bin/Lectern" ] || fail "no launcher /opt/lectern/bin/Lectern"
# Lectern's launcher, not jpackage's (which runs rpm and dpkg at every start)
grep -q 'Lectern.cfg' "$app/bin/Lectern" || fail "/opt/lectern/bin/Lectern is not Lectern's launcher (src/packaging/lectern-launcher.sh)"
desktop="$root/usr/share/applications/lectern-Lectern.desktop"
[ -f "$desktop" ] || fail "postinst did not install the desktop entry in /usr/share/applications"
grep -q '^Exec=/opt/lectern/bin/Lectern %f$' "$desktop" || fail "the desktop entry does not start /opt/lectern/bin/Lectern with the file it is given"
grep -q '^MimeType=.*text/markdown;' "$desktop" || fail "the desktop entry does not offer to open markdown files"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = lectern ] || fail "the desktop entry's icon is $icon, not lectern from the icon theme"
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/lectern.png" ] \
        || fail "postinst did not install the ${size}x${size} icon in the hicolor theme"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/lectern.svg" ] || fail "postinst did not install the scalable icon"
# the running window's X11 class is Lectern (dev.lectern.ui.window.WindowClass): docks match it to the entry
grep -q '^StartupWMClass=Lectern$' "$desktop" || fail "the desktop entry has no StartupWMClass=Lectern"
[ "$(readlink "$root/usr/bin/lectern")" = ../../opt/lectern/bin/Lectern ] || fail "postinst did not put lectern on the PATH"
# a package built on Java 25 brings its ahead-of-time cache; on Java 17, postinst makes a class-data archive
[ -f "$app/lib/app/lectern.jsa" ] || fail "no start-up archive: the package brought none and postinst made none"

# `lectern` as the PATH finds it
lectern="$root/usr/bin/lectern"
expected=$(find "$library" -name '*.md' | wc -l)
check() {
    got=$("$lectern" --version)
    [ "$got" = "Lectern $version" ] || fail "lectern --version said '$got' $1"
    lines=$("$lectern" scan "$library" --json | wc -l)
    [ "$lines" -eq "$expected" ] || fail "lectern scan listed $lines of $expected articles $1"
    echo "check-deb: lectern --version and a scan of $expected articles work $1"
}
# -Xshare:on: the JVM refuses to start unless postinst's archive maps and matches the installed jars
JAVA_TOOL_OPTIONS=-Xshare:on check "with the start-up archive (-Xshare:on)"
JAVA_TOOL_OPTIONS=-Xshare:off check "without it (-Xshare:off)"

in_root remove -r lectern
[ ! -e "$app" ] || fail "dpkg -r left $(find "$app" | head -n 5)"
[ ! -e "$desktop" ] || fail "dpkg -r left the desktop entry"
[ -z "$(find "$root/usr/share/icons" -name 'lectern.*' 2>/dev/null)" ] || fail "dpkg -r left the icons in the hicolor theme"
[ ! -e "$root/usr/bin/lectern" ] && [ ! -L "$root/usr/bin/lectern" ] || fail "dpkg -r left lectern on the PATH"
in_root purge --purge lectern
case "$(status)" in
    *not-installed|"not known") ;;
    *) fail "after dpkg --purge, dpkg says the package is '$(status)'" ;;
esac
echo "check-deb: $(basename "$deb") installs with dpkg -i into a scratch root (maintainer scripts run), runs, and dpkg -r/--purge take it all away"
