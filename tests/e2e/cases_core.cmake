# The everyday commands on the built-in library.
e2e(compare-architect-cto --out "architect (Architect)" --out "Summary" --out "only cto" -- compare architect cto)
e2e(unknown-role --exit 2 --empty-out --err "ctoladder: error: unknown role 'architec' (did you mean 'architect'?)" -- compare architec cto)
e2e(unknown-command --exit 2 --err "unknown command 'compre' (did you mean 'compare'?)" -- compre architect cto)
e2e(list-ids --out-lines 8 --out "programmer" -- list --ids)
e2e(version --out "ctoladder " -- --version)
e2e_shell(list-head-quiet "out=$($CTOLADDER list 2>&1 | head -1); [ -n \"$out\" ] && ! grep -q error <<<\"$out\"")
