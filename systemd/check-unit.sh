#!/bin/sh
# SPDX-License-Identifier: MIT
# check-unit.sh ANALYZE UNIT.in SIFTD CONFIG WORKDIR
# Verifies the unit and its security exposure (<= 2.0) with the build's
# binary in place of the installed one.
set -eu
analyze=$1 unit_in=$2 siftd=$3 config=$4 work=$5
unit="$work/siftd.service"
sed -e "s|@CMAKE_INSTALL_FULL_BINDIR@/siftd|$siftd|g" \
    -e "s|@SIFT_CONFIG_INSTALL_FILE@|$config|g" "$unit_in" >"$unit"
# --man=no: the man pages Documentation= names are not installed yet here
"$analyze" verify --man=no "$unit"
level=$("$analyze" security --offline=true "$unit" | sed -n 's/.*exposure level for [^:]*: \([0-9.]*\).*/\1/p')
echo "exposure: $level"
awk -v l="$level" 'BEGIN { exit !(l != "" && l <= 2.0) }'
