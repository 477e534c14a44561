# Runs fish's own completion on command lines, as a user pressing Tab would:
#   fish --no-config fish_complete.fish SCRIPT LINE...
# loads the completion SCRIPT (none when it is "-": fish then finds an installed one by itself)
# and prints one line per LINE: the LINE, a tab, then the candidates `complete -C` gives
# (fish sorts them), space-separated, without their descriptions.
if test "$argv[1]" != -
    source $argv[1]
end
for line in $argv[2..-1]
    set -l got (complete -C "$line" | string replace -r '\t.*' '')
    printf '%s\t%s\n' "$line" "$(string join ' ' -- $got)"
end
