#!/usr/bin/env zsh
# Drives zsh's real completion system on a pseudo-terminal, as a user pressing Tab would:
#   zsh -f zsh_complete.zsh [--fpath DIR] LINE...
# starts `zsh -f -i` on a zpty, runs compinit (with DIR first on $fpath, when given), types each
# LINE followed by Tab, and prints one line per LINE: the LINE, a tab, then the candidates the
# completion offered, space-separated, in the order they were added.
#
# compadd is wrapped to record what it adds (compadd -A: matching against what is typed is zsh's
# own); no_auto_list and no_auto_menu keep listings and menus out of the way of the next line.
# Exit 77 when the zsh/zpty module is missing, 1 when the shell does not answer in time.
emulate -L zsh
setopt err_return no_unset
fpath_dir=
if [[ ${1-} == --fpath ]]; then fpath_dir=$2; shift 2; fi
zmodload zsh/zpty 2>/dev/null || { print -u2 "zsh/zpty is not available"; exit 77 }

tmp=$(mktemp -d)
out=$tmp/out
trap 'zpty -d shell 2>/dev/null; rm -rf $tmp' EXIT

# Waits for MARKER in $out; a loaded machine runs a Debug build slowly, so be generous.
wait_for() {
  local i
  for i in {1..600}; do
    [[ -f $out ]] && grep -qF -- $1 $out && return 0
    sleep 0.05
  done
  print -u2 "zsh_complete.zsh: no answer from the shell (waiting for $1)"
  local text
  while zpty -r -t shell text; do print -u2 -rn -- $text; done
  return 1
}

zpty -b shell zsh -f -i
zpty -w shell "PS1='' PS2='' RPS1='' PROMPT_EOL_MARK=''; setopt no_auto_list no_auto_menu no_beep"
if [[ -n $fpath_dir ]]; then zpty -w shell "fpath=(${(q)fpath_dir} \$fpath)"; fi
zpty -w shell "autoload -Uz compinit && compinit -u -d ${(q)tmp}/zcompdump"
zpty -w shell "compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi
  local -a hits; builtin compadd -A hits \"\$@\"
  (( \$#hits )) && print -rl -- \"\${hits[@]}\" >>| ${(q)out}
  builtin compadd \"\$@\"
}"
# Ctrl-T after Tab says the completion is over (keys are read in order); Ctrl-U clears the line.
zpty -w shell "_ctoladder_test_done() { print -r -- '<<done>>' >>| ${(q)out} }"
zpty -w shell "zle -N _ctoladder_test_done; bindkey '^T' _ctoladder_test_done; bindkey '^I' complete-word"
# zsh drops what was typed ahead of its first prompt: wait until the set-up has run.
zpty -w shell "print -r -- '<<ready>>' >| ${(q)out}"
wait_for '<<ready>>'

local line
for line in "$@"; do
  : >| $out
  zpty -w -n shell "$line"$'\t\x14\x15'
  wait_for '<<done>>'
  # _files offers a folder once per tag it tries: each candidate once.
  local -a got=(${(@f)"$(grep -vxF '<<done>>' $out)"})
  print -r -- "$line"$'\t'"${(j: :)${(@u)got}}"
done
