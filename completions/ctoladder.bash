# bash completion for ctoladder. The candidates come from `ctoladder __complete WORDS...`, so they
# follow the installed version: commands, options, option values, role ids and aliases, and after
# ROLE@ that role's overlays (including roles from --roles folders and CTOLADDER_ROLES).
# Installed as share/bash-completion/completions/ctoladder; or source this file from ~/.bashrc.

# Rejoins the words bash split at COMP_WORDBREAKS characters (cto@startup is one word to
# ctoladder, three to bash): words that touch in COMP_LINE are one word. Sets _ctoladder_words and
# _ctoladder_cword.
_ctoladder_rejoin() {
  _ctoladder_words=() _ctoladder_cword=0
  local line=${COMP_LINE-} i word rest gap pos=0 n=-1
  for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
    word=${COMP_WORDS[i]}
    gap=1
    if [[ -n $line ]]; then
      rest=${line:pos}
      local trimmed=${rest#"${rest%%[![:space:]]*}"}
      gap=$((${#rest} - ${#trimmed}))
      pos=$((pos + gap + ${#word}))
    fi
    if ((i > 0 && gap == 0 && n >= 0)); then
      _ctoladder_words[n]+=$word
    else
      n=$((n + 1))
      _ctoladder_words[n]=$word
    fi
    ((i == COMP_CWORD)) && _ctoladder_cword=$n
  done
  # The cursor after a space: a new, empty word.
  if ((COMP_CWORD >= ${#COMP_WORDS[@]})); then
    _ctoladder_words[n + 1]=""
    _ctoladder_cword=$((n + 1))
  fi
}

# Sets _ctoladder_word to WORD as the command will get it: quotes taken off ('a b', "a b",
# a\ b, also after --option=) and a leading ~ expanded (`--roles ~/ladder`); nothing else:
# completing must never run what is typed, so no eval.
_ctoladder_dequote() {
  local word=$1 before="" out="" i c
  if [[ $word == --*=* ]]; then
    before=${word%%=*}=
    word=${word#*=}
  fi
  if [[ ${#word} -ge 2 && ($word == \'*\' || $word == \"*\") ]]; then
    out=${word:1:${#word}-2}
  else
    for ((i = 0; i < ${#word}; i++)); do
      c=${word:i:1}
      if [[ $c == "\\" ]] && ((i + 1 < ${#word})); then
        i=$((i + 1))
        c=${word:i:1}
      fi
      out+=$c
    done
  fi
  # As bash does: a ~ at the start of the word, not after --option= (that is left as typed).
  [[ -z $before && ($out == "~" || $out == "~/"*) ]] && out=$HOME${out:1}
  _ctoladder_word=$before$out
}

_ctoladder() {
  _ctoladder_rejoin
  local _ctoladder_word i
  local -a typed=()
  for ((i = 0; i < _ctoladder_cword; i++)); do
    _ctoladder_dequote "${_ctoladder_words[i]}"
    typed+=("$_ctoladder_word")
  done
  local program=${typed[0]:-ctoladder}
  local cur=${_ctoladder_words[_ctoladder_cword]}
  # Bash replaces only the part of the word after its last break character ('@', ':', '='):
  # candidates lose what comes before it.
  local strip="" i c
  for ((i = ${#cur} - 1; i >= 0; i--)); do
    c=${cur:i:1}
    if [[ $c == [@:=] && ${COMP_WORDBREAKS-@:=} == *"$c"* ]]; then
      strip=${cur:0:i+1}
      break
    fi
  done
  local out
  out=$("$program" __complete "${typed[@]:1}" "$cur" 2>/dev/null) || true
  COMPREPLY=()
  case $out in
    :files) mapfile -t COMPREPLY < <(compgen -f -- "${cur#"$strip"}")
            compopt -o filenames 2>/dev/null; return ;;
    :dirs) mapfile -t COMPREPLY < <(compgen -d -- "${cur#"$strip"}")
           compopt -o filenames 2>/dev/null; return ;;
  esac
  local candidate
  while IFS= read -r candidate; do
    [[ -n $candidate ]] && COMPREPLY+=("${candidate#"$strip"}")
  done <<<"$out"
  # A role reference or an option with '=' goes on: no space after it.
  if ((${#COMPREPLY[@]} == 1)) && [[ ${COMPREPLY[0]} == *[@,=] ]]; then
    compopt -o nospace 2>/dev/null
  fi
  return 0
}

complete -F _ctoladder ctoladder
