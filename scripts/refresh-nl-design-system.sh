#!/usr/bin/env bash
# Refreshes the vendored front-end assets from the npm registry, with curl and tar only: the build itself
# never needs Node. Run it after changing a version below, check the pages, and commit the result.
#
#   src/main/resources/static/vendor/utrecht/       NL Design System components (EUPL-1.2)
#   src/main/resources/static/vendor/voorbeeld-theme/ the neutral "voorbeeld" design tokens (EUPL-1.2)
#   src/test/resources/axe/                         axe-core, for the accessibility checks in the browser tests (MPL-2.0)
#
# Each directory gets the package's licence file and a VERSION file. The tarballs are checked against the
# registry's sha512 integrity values pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."

REGISTRY=https://registry.npmjs.org

UTRECHT_VERSION=9.0.4
UTRECHT_SHA512=gVA7D6GfP9/+fzehkYLSBR+0UPUTA97PZmgvTYQE88lPQhHGMlUk8FjmCpLKRsRC9hAYd32JuF/KzG6fmBfjJA==
TOKENS_VERSION=7.4.1
TOKENS_SHA512=GNnapAn2mTIzXRcCvs0JMr4Bf9+ivUJ3zFBJLRT1SYpAYm2xPwptVxIM3k4WLJ0c59E9FfxsEBPJluGuAHUVvg==
AXE_VERSION=4.14.1
AXE_SHA512=FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fetch <url> <sha512 base64> <dir>: download, verify and unpack a tarball into <dir>/package
fetch() {
  local url=$1 sha=$2 dir=$3
  mkdir -p "$dir"
  curl -sSfL --retry 3 -o "$dir/package.tgz" "$url"
  local actual
  actual=$(openssl dgst -sha512 -binary "$dir/package.tgz" | base64 -w0)
  if [ "$actual" != "$sha" ]; then
    echo "integrity check failed for $url" >&2
    exit 1
  fi
  tar xzf "$dir/package.tgz" -C "$dir"
}

# install <from dir> <to dir> <version> <licence file> <file>...: copy the given files with licence and version
install_files() {
  local from=$1 to=$2 version=$3 licence=$4
  shift 4
  rm -rf "$to"
  mkdir -p "$to"
  for f in "$@"; do
    cp "$from/$f" "$to/$(basename "$f")"
  done
  cp "$from/$licence" "$to/$(basename "$licence")"
  echo "$version" > "$to/VERSION"
}

fetch "$REGISTRY/@utrecht/component-library-css/-/component-library-css-$UTRECHT_VERSION.tgz" "$UTRECHT_SHA512" "$work/utrecht"
install_files "$work/utrecht/package" src/main/resources/static/vendor/utrecht \
  "@utrecht/component-library-css $UTRECHT_VERSION" LICENSE.md dist/index.css

fetch "$REGISTRY/@nl-design-system-unstable/voorbeeld-design-tokens/-/voorbeeld-design-tokens-$TOKENS_VERSION.tgz" \
  "$TOKENS_SHA512" "$work/tokens"
install_files "$work/tokens/package" src/main/resources/static/vendor/voorbeeld-theme \
  "@nl-design-system-unstable/voorbeeld-design-tokens $TOKENS_VERSION" LICENSE.md dist/theme.css

fetch "$REGISTRY/axe-core/-/axe-core-$AXE_VERSION.tgz" "$AXE_SHA512" "$work/axe"
install_files "$work/axe/package" src/test/resources/axe "axe-core $AXE_VERSION" LICENSE axe.min.js

echo "Vendored: @utrecht/component-library-css $UTRECHT_VERSION, voorbeeld-design-tokens $TOKENS_VERSION, axe-core $AXE_VERSION"
