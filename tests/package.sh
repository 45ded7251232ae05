#!/bin/sh
# SPDX-License-Identifier: MIT
# package.sh SOURCE_DIR - builds the Debian packages (dpkg-buildpackage -us
# -uc -b) from a copy of the source, checks them with lintian (no errors),
# checks what they hold (conffile, the unit enabled the Debian way, man
# pages, no build scripts in data dirs, the SDK in libsift-plugin-dev),
# extracts them into a throw-away root and runs siftd --check, sift process
# and man from the installed files.
set -eu
src=$(cd "$1" && pwd)
for tool in dpkg-buildpackage dh lintian dpkg-deb man git; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIPPED: $tool is not installed (.ci/deps installs dpkg-dev, debhelper," \
             "lintian and man-db)"
        exit 77
    fi
done
tmp=$(mktemp -d /tmp/sift-pkg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# the checkout's files (tracked and new, not ignored: no build trees)
mkdir "$tmp/sift"
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
    tar --null -T - --ignore-failed-read -cf -) | tar -C "$tmp/sift" -xf -
cd "$tmp/sift"
if ! DEB_BUILD_OPTIONS="parallel=2 nocheck" dpkg-buildpackage -us -uc -b >"$tmp/build.log" 2>&1; then
    tail -60 "$tmp/build.log"
    fail "dpkg-buildpackage -us -uc -b failed"
fi
cd "$tmp"
sift=$(ls sift_*.deb) dev=$(ls libsift-plugin-dev_*.deb)
echo "built: $sift $dev"

lintian --fail-on error "$tmp"/*.changes >"$tmp/lintian.log" 2>&1 || {
    cat "$tmp/lintian.log"
    fail "lintian reports errors"
}
grep -v "running with root privileges" "$tmp/lintian.log" | sed 's/^/lintian: /' || true

dpkg-deb -c "$sift" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/sift.files"
for f in /usr/bin/siftd /usr/bin/sift /etc/sift/siftd.conf /etc/sift/siftd.conf.d/ \
         /lib/systemd/system/siftd.service /usr/share/man/man8/siftd.8.gz \
         /usr/share/man/man1/sift.1.gz /usr/share/man/man5/siftd.conf.5.gz \
         /usr/share/man/man7/sift-plugin.7.gz /usr/share/bash-completion/completions/sift \
         /usr/share/bash-completion/completions/siftd /usr/share/doc/sift/README.md \
         /usr/share/doc/sift/copyright /usr/share/doc/sift/entities/ORIGIN.md \
         /usr/share/doc/sift/PROTOCOL.md /usr/share/doc/sift/LICENSE \
         /usr/lib/sift/plugins/entities.so /usr/lib/sift/plugins/entities/ner.model; do
    grep -qx "$f" "$tmp/sift.files" || fail "$sift lacks $f"
done
if grep -E '^/usr/lib/sift/plugins/.*(\.py|ORIGIN\.md)$' "$tmp/sift.files"; then
    fail "build scripts or ORIGIN notes in the plugin data directories"
fi
if grep -E '^/usr/lib/sift/plugins/example' "$tmp/sift.files"; then
    fail "the example plugin is installed among the production plugins"
fi
dpkg-deb -c "$dev" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/dev.files"
for f in /usr/include/sift/plugin.h /usr/lib/pkgconfig/sift-plugin.pc \
         /usr/lib/cmake/Sift/SiftConfig.cmake; do
    grep -qx "$f" "$tmp/dev.files" || fail "$dev lacks $f"
done

dpkg-deb -e "$sift" "$tmp/control"
grep -qx /etc/sift/siftd.conf "$tmp/control/conffiles" || fail "siftd.conf is not a conffile"
grep -q "deb-systemd-helper enable 'siftd.service'" "$tmp/control/postinst" ||
    fail "the postinst does not enable siftd.service"
# every file the unit's Documentation= names is in the package
docs=$(dpkg-deb --fsys-tarfile "$sift" | tar -xOf - ./lib/systemd/system/siftd.service |
       sed -n 's/^Documentation=//p' | tr ' ' '\n' | sed -n 's|^file://||p')
[ -n "$docs" ] || fail "the unit names no file in Documentation="
for doc in $docs; do
    grep -qx "$doc" "$tmp/sift.files" || fail "the unit's Documentation= names $doc, not packaged"
done

root="$tmp/root"
dpkg-deb -x "$sift" "$root"
dpkg-deb -x "$dev" "$root"
"$root/usr/bin/siftd" --version
"$root/usr/bin/siftd" --check --config "$root/etc/sift/siftd.conf" \
    --plugin-dir "$root/usr/lib/sift/plugins" || fail "the installed siftd --check failed"
printf '{"id": "pkg-1", "text": "China raised tariffs on US soybeans to 25%%, Li Wei said in Beijing."}\n' \
    >"$tmp/a.jsonl"
"$root/usr/bin/sift" process --config "$root/etc/sift/siftd.conf" \
    --plugin-dir "$root/usr/lib/sift/plugins" "$tmp/a.jsonl" >"$tmp/a.out" ||
    fail "the installed sift process failed"
grep -q '"id":"pkg-1"' "$tmp/a.out" && grep -q '"Beijing"' "$tmp/a.out" ||
    fail "the installed plugins found nothing: $(cat "$tmp/a.out")"
MANPATH="$root/usr/share/man" MANWIDTH=80 man -P cat siftd.conf 2>&1 >"$tmp/man.txt" || true
grep -q "siftd.conf - configuration of the sift daemon" "$tmp/man.txt" ||
    fail "man siftd.conf does not render: $(head -5 "$tmp/man.txt")"
echo "ok: packages built, lintian clean of errors, installed siftd --check passed, man siftd.conf renders"
