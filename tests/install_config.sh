#!/bin/sh
# SPDX-License-Identifier: MIT
# `cmake --install` never overwrites an edited siftd.conf: the shipped one
# goes beside it as siftd.conf.new; an unedited one is left as it is.
#   install_config.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d /tmp/sift-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
DESTDIR=$tmp cmake --install "$build" >/dev/null
conf=$(find "$tmp" -name siftd.conf -path '*/sift/*')
[ -f "$conf" ] || { echo "no siftd.conf installed"; exit 1; }
[ -d "$conf.d" ] || { echo "no $conf.d drop-in directory"; exit 1; }
DESTDIR=$tmp cmake --install "$build" >/dev/null
[ ! -e "$conf.new" ] || { echo "an unedited config got a .new beside it"; exit 1; }
echo "workers = 3 ; the operator's" >> "$conf"
cp "$conf" "$tmp/edited"
DESTDIR=$tmp cmake --install "$build" >/dev/null
cmp -s "$conf" "$tmp/edited" || { echo "cmake --install overwrote the edited $conf"; exit 1; }
[ -f "$conf.new" ] || { echo "the shipped config is not beside it as $conf.new"; exit 1; }
echo "ok: edited config kept, shipped one in $conf.new"
