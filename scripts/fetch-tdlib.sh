#!/usr/bin/env bash
# Fetches TDLib's JSON library (libtdjson.so) for Linux x86-64 from the npm registry and places it under
# .cache/tdlib/<version>/ in the repository, where the TDLib adapter's tests and the apps find it.
#
# The package is pinned; its tarball is checked against the registry's dist.integrity (sha512) and
# dist.shasum (sha1) before anything is unpacked. A library already in place is not fetched again.
#
# Usage: scripts/fetch-tdlib.sh [--print-path]
#   --print-path   print the library's path on stdout (and nothing else there) when done
set -euo pipefail

readonly PACKAGE="@prebuilt-tdlib/linux-x64-glibc"
readonly VERSION="0.1008065.0" # TDLib 1.8.65
readonly EXPECTED_INTEGRITY="sha512-Y72TtxX33TjfpvNxUyzS/3FdtJXia2nSCt5G61sOeiv6J4rehbQs7SRim86Jcn2/N5uEUA3eIwUBEVVOWKowJw=="
readonly EXPECTED_SHASUM="c181160578f6207da440bed144a71a74eaca9ecc"

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
readonly ROOT
readonly DEST="$ROOT/.cache/tdlib/$VERSION"
readonly LIBRARY="$DEST/libtdjson.so"
readonly STAMP="$DEST/integrity"

say() {
  echo "fetch-tdlib: $*" >&2
}

die() {
  say "$*"
  exit 1
}

print_path=false
for arg in "$@"; do
  case $arg in
    --print-path) print_path=true ;;
    -h | --help)
      sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown argument: $arg" ;;
  esac
done

done_with() {
  if $print_path; then
    echo "$1"
  fi
  exit 0
}

# The stamp records the tarball's integrity and the sha256 of the library unpacked from it; a library that no
# longer matches (truncated copy, replaced file) is fetched again.
stamp_for() {
  echo "$EXPECTED_INTEGRITY $(sha256sum "$1" | cut -d' ' -f1)"
}

if [[ -f $LIBRARY && -f $STAMP && "$(cat "$STAMP")" == "$(stamp_for "$LIBRARY")" ]]; then
  done_with "$LIBRARY"
fi

[[ "$(uname -s)/$(uname -m)" == Linux/x86_64 ]] \
  || die "the pinned TDLib build is for Linux x86-64 only; on $(uname -s)/$(uname -m) build TDLib yourself and set TDLIB_PATH"
command -v npm >/dev/null || die "npm is needed to fetch $PACKAGE@$VERSION (apt-get install npm), or set TDLIB_PATH to a libtdjson you have"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say "fetching $PACKAGE@$VERSION from the npm registry"
registry_integrity=$(npm view "$PACKAGE@$VERSION" dist.integrity 2>/dev/null) \
  || die "cannot read $PACKAGE@$VERSION's metadata from the npm registry"
registry_shasum=$(npm view "$PACKAGE@$VERSION" dist.shasum 2>/dev/null) \
  || die "cannot read $PACKAGE@$VERSION's metadata from the npm registry"
[[ $registry_integrity == "$EXPECTED_INTEGRITY" && $registry_shasum == "$EXPECTED_SHASUM" ]] \
  || die "the registry's checksums of $PACKAGE@$VERSION differ from the pinned ones; refusing to use it"

(cd "$work" && npm pack "$PACKAGE@$VERSION" --silent >/dev/null 2>"$work/npm.log") \
  || { cat "$work/npm.log" >&2; die "npm pack $PACKAGE@$VERSION failed"; }
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
[[ -n $tarball ]] || die "npm pack produced no tarball"

# Node comes with npm, so it computes the SRI digest the same way the registry states it.
actual_integrity=$(node -e '
  const data = require("fs").readFileSync(process.argv[1]);
  console.log("sha512-" + require("crypto").createHash("sha512").update(data).digest("base64"));
' "$tarball")
actual_shasum=$(sha1sum "$tarball" | cut -d' ' -f1)
[[ $actual_integrity == "$registry_integrity" ]] \
  || die "tarball sha512 does not match the registry's dist.integrity; refusing to unpack it"
[[ $actual_shasum == "$registry_shasum" ]] \
  || die "tarball sha1 does not match the registry's dist.shasum; refusing to unpack it"

tar -xzf "$tarball" -C "$work" package/libtdjson.so package/LICENSE
mkdir -p "$DEST"
install -m 0644 "$work/package/LICENSE" "$DEST/LICENSE"
install -m 0755 "$work/package/libtdjson.so" "$LIBRARY.tmp"
mv -f "$LIBRARY.tmp" "$LIBRARY"
stamp_for "$LIBRARY" >"$STAMP"
say "placed TDLib 1.8.65 at ${LIBRARY#"$ROOT"/}"
done_with "$LIBRARY"
