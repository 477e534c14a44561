#!/usr/bin/env bash
# Installs what ctoladder needs on Debian bookworm (run as root).
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   also what the test suite, sanitizers and fuzzing use
set -euo pipefail
packages=(cmake make g++ pkgconf libcli11-dev libfmt-dev libyaml-cpp-dev nlohmann-json3-dev
          libutf8proc-dev libxxhash-dev)
if [ "${1:-}" = "--test" ]; then
  packages+=(catch2 python3 python3-yaml jq clang-14 libclang-rt-14-dev)
  packages+=(graphviz libxml2-utils)  # the tests render `ladder --format dot`, check SVG
  # `ctoladder site` in a real browser (tests/browser/): headless Chromium, HTML checks, and
  # pictures rendered to PNG (fonts-noto-cjk so Chinese pages and screenshots are readable)
  packages+=(chromium chromium-driver python3-selenium python3-html5lib tidy librsvg2-bin fonts-noto-cjk)
  # install tests: man page rendering, completion scripts, the role schema, building the .deb
  packages+=(groff-base man-db python3-jsonschema zsh fish dpkg-dev file bsdutils)
  packages+=(cmark-gfm)  # markdown output rendered to HTML as a wiki would (cases_markdown.cmake)
  packages+=(bash-completion lintian)  # the installed .deb: completion as bash finds it, policy
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-deps: installed ${#packages[@]} packages"
