#!/usr/bin/env bash
# Output bytes of a built site by kind of file (what issue 12's "4x Hugo's bytes" is made of).
# Usage: benches/bytes.sh SITE [HUGO_BYTES]   (HUGO_BYTES: to print each kind as a ratio to it)
# Sizes are the files' lengths (find -printf %s), not disk blocks, so they do not depend on the
# file system.
set -euo pipefail
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
site=$1
hugo=${2:-}
sum() { find "$site" "$@" -type f -printf '%s\n' | awk '{s+=$1; n++} END {printf "%d %d\n", s, n}'; }
row() {
  local label=$1
  shift
  read -r bytes files < <(sum "$@")
  if [[ -n $hugo ]]; then
    awk -v l="$label" -v b="$bytes" -v n="$files" -v h="$hugo" \
      'BEGIN {printf "%-28s %6d files %9.1f MB %6.3fx\n", l, n, b/1e6, b/h}'
  else
    awk -v l="$label" -v b="$bytes" -v n="$files" 'BEGIN {printf "%-28s %6d files %9.1f MB\n", l, n, b/1e6}'
  fi
}
row "article pages" -path "$site/articles/*.html"
row "chronology pages" -maxdepth 1 -name 'chronology*.html'
row "chronology JSON" -maxdepth 1 -name 'chronology*.json'
row "search shards" -path "$site/search/*"
row "topic pages and feeds" -path "$site/topics/*"
row "sources.html" -maxdepth 1 -name 'sources.html'
row "sources JSON" -maxdepth 1 -name 'sources*.json'
row "search-index.js" -maxdepth 1 -name 'search-index.js'
row "sitemap" -maxdepth 1 -name 'sitemap*.xml'
row "timeline.json" -maxdepth 1 -name 'timeline.json'
row "notes, actors, assets, rest" \( -path "$site/notes/*" -o -path "$site/actors*" -o -path "$site/assets/*" -o \( -maxdepth 1 \( -name '*.html' -o -name '*.xml' -o -name '*.json' -o -name '*.js' \) ! -name 'chronology*' ! -name 'sources*' ! -name 'search-index.js' ! -name 'sitemap*' ! -name 'timeline.json' \) \)
row "whole output"
