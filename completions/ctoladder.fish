# fish completion for ctoladder: candidates come from `ctoladder __complete WORDS...` (commands,
# options, option values, role ids and aliases, ROLE@overlays). Installed as
# share/fish/vendor_completions.d/ctoladder.fish.

function __ctoladder_complete
    # The words before the cursor, unquoted (-o); a leading ~ expanded as the shell will
    # (`--roles ~/ladder`), nothing else: completing must never run what is typed.
    set -l words (string replace -r -- '^~(?=/|$)' $HOME (commandline -opc))
    set -l current (commandline -ct)
    set -l out ($words[1] __complete $words[2..-1] "$current" 2>/dev/null)
    switch "$out"
        case :files
            __fish_complete_path "$current"
        case :dirs
            __fish_complete_directories "$current"
        case '*'
            printf '%s\n' $out
    end
end

complete -c ctoladder -f -a '(__ctoladder_complete)'
