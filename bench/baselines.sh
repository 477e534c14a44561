#!/bin/sh
# Baselines for bench/run.sh: what a generic tool needs to do the same work over the same files.
#   baselines.sh list DIR        yq: id, name.en, track, rank of every role as TSV
#   baselines.sh search Q DIR    yq: role, domain, id, text of every hit for Q, like
#                                `ctoladder search Q --format tsv` (case-insensitive substring)
#   baselines.sh validate DIR    yq: parse every file, print the id of each role file missing
#                                a required field or with a bad enum value (per-file checks only)
#   baselines.sh cat DIR         cat every file to /dev/null (the cost of reading the bytes)
# Files are DIR/*.yaml (sorted, hidden files excluded, as ctoladder reads them), passed with
# xargs so a 10,000-file library stays under ARG_MAX (yq then runs a few times, as xargs splits).
set -eu

files() {
  for f in "$1"/*.yaml "$1"/*.yml; do
    if [ -f "$f" ]; then printf '%s\0' "$f"; fi
  done
}

cmd=${1:?usage: baselines.sh list|search Q|validate|cat DIR}
case "$cmd" in
  list)
    files "$2" | xargs -0 yq -r \
      'select(has("id")) | [.id, .name.en, .track, (.rank|tostring)] | @tsv'
    ;;
  search)
    # Mirrors ctoladder search: hits in a role's name or id, summary, purpose, responsibilities
    # (id, text, how) and overlay additions, case-insensitive; one TSV row per hit.
    # shellcheck disable=SC2016  # $q, $r, $o are jq variables
    files "$3" | xargs -0 yq -r --arg q "$2" '
      def m($q): ((.en // "") | ascii_downcase | contains($q))
                 or ((.zh // "") | ascii_downcase | contains($q));
      def rm($q): (.id | contains($q)) or (.text | m($q)) or ((.how // {}) | m($q));
      ($q | ascii_downcase) as $q |
      select(has("id")) | .id as $r |
      ( (select((.name | m($q)) or (.id | contains($q))) | [$r, "", "name", .name.en]),
        (select(.summary | m($q)) | [$r, "", "summary", .summary.en]),
        (select(.purpose | m($q)) | [$r, "", "purpose", .purpose.en]),
        ((.responsibilities // [])[] | select(rm($q)) | [$r, .domain, .id, .text.en]),
        ((.overlays // {}) | to_entries[] | .key as $o | (.value.add // [])[] | select(rm($q))
           | [$r + "@" + $o, .domain, .id, .text.en])
      ) | @tsv'
    ;;
  validate)
    files "$2" | xargs -0 yq -r '
      def pair: type == "object" and (.en | type) == "string" and (.zh | type) == "string";
      def src: type == "object" and (.article | type) == "string" and (.section | type) == "string";
      select(has("id")) |
      select(
        ((.id | type) != "string") or ((.id | test("^[a-z0-9]+(-[a-z0-9]+)*$")) | not)
        or ((.name | pair) | not) or ((.summary | pair) | not) or ((.purpose | pair) | not)
        or ((.rank | type) != "number") or (.rank < 1)
        or ((.track | IN("individual-contributor", "management", "executive")) | not)
        or ((.scope | IN("task", "module", "system", "product-line", "platform", "company")) | not)
        or (has("coding") and ((.coding | IN("core", "part", "none")) | not))
        or ((.sources | type) != "array") or (.sources | map(src) | all | not)
        or ((.responsibilities // []) | map(
              (.id | type) == "string" and (.domain | type) == "string" and (.text | pair)
              and (.source | src)) | all | not)
        or ((.overlays // {}) | to_entries | map(.value.axis | IN("variant", "profile")) | all | not)
      ) | .id'
    ;;
  cat)
    files "$2" | xargs -0 cat > /dev/null
    ;;
  *)
    echo "baselines.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac
