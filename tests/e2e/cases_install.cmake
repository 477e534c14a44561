# Installing ctoladder like a real tool: man page, shell completions, the user role folder,
# `where`, `new`, `schema`, the pager, `cmake --install` and the .deb. Most checks need a shell
# and several steps, so they live in install_checks.sh; exit 77 there means skipped.
set(INSTALL_CHECKS ${CMAKE_CURRENT_LIST_DIR}/install_checks.sh)

function(install_check name check)
  add_test(NAME "${name}" COMMAND bash ${INSTALL_CHECKS} ${check})
  set_tests_properties("${name}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;SOURCE_DIR=${PROJECT_SOURCE_DIR};BUILD_DIR=${PROJECT_BINARY_DIR}"
    SKIP_RETURN_CODE 77
    # A blow-up guard: zsh-completion takes ~60 s on a busy machine and an ASan build at load 13
    # took over 300 s for the completion checks, which run the binary hundreds of times.
    TIMEOUT 1200
    ${ARGN})
endfunction()

install_check("e2e: man-page-covers-commands" man-covers)
install_check("e2e: man-page-renders" man-renders)
install_check("e2e: bash-completion" bash-completion)
install_check("e2e: completion-scripts-parse" shells-parse)
install_check("e2e: zsh-completion" zsh-completion)
install_check("e2e: fish-completion" fish-completion)
install_check("e2e: new-role-file" new)
install_check("e2e: where" where)
install_check("e2e: schema-validates-roles" schema)
install_check("e2e: pager" pager)
install_check("install: cmake-install-prefix-destdir" cmake-install LABELS install)

# The hidden command and the simple cases.
e2e(complete-hidden-from-help --not-out "__complete" --out "where" --out "schema" -- --help)
e2e(complete-commands --out "describe" --out "--variant" -- __complete --commands)
e2e(complete-overlays --out "cto@startup" --out "cto@china" --out-lines 4 -- __complete describe cto@)
e2e(complete-second-axis --out "cto@us,enterprise" --not-out "cto@us,china" -- __complete describe cto@us,)
# A declared conflict (startup with us, enterprise with china) is not offered, nor by the flags.
e2e(complete-no-conflict --out-lines 1 --out "cto@us,enterprise" --not-out "startup" -- __complete describe cto@us,)
e2e(complete-no-conflict-flag --out-lines 1 --out "enterprise" -- __complete describe cto@us --variant e)
e2e(complete-no-conflict-china --out-lines 1 --out "cto@china,startup" -- __complete describe cto@china,)
# --format offers only what the command takes: list no pictures, ladder its graphs, chart svg.
e2e(complete-option-value --out "markdown" --out-lines 1 -- __complete list --format m)
e2e(complete-format-ladder --out "markdown" --out "mermaid" --out-lines 2 -- __complete ladder --format m)
# (An empty word cannot go through e2e(): CMake drops empty list elements.)
e2e_shell(complete-format-compare [=[
  [ "$($CTOLADDER __complete compare --format '' | paste -sd,)" = text,json,yaml,tsv,markdown ]]=])
e2e_shell(complete-format-chart [=[
  [ "$($CTOLADDER __complete chart --format '' | paste -sd,)" = text,json,yaml,tsv,markdown,svg ]]=])
e2e_shell(complete-format-before-command [=[
  [ "$($CTOLADDER __complete --format '' | paste -sd,)" = text,json,yaml,tsv,markdown,dot,mermaid,svg ]]=])
e2e(complete-help-command --out "compare" --out "chart" --out-lines 2 -- __complete help c)
e2e(complete-after-bare-color --out "--ids" -- __complete --color list --i)
e2e(complete-unknown-role --empty-out -- __complete describe nobody@)
# ROLE offers the ids, once per role; aliases only when the prefix matches no id.
# (An empty word does not survive a CMake list, so the cases that complete one run in a shell.)
e2e_shell(complete-role-ids [=[out=$($CTOLADDER __complete describe '')
  [ "$(printf '%s\n' "$out" | wc -l)" = 8 ] && printf '%s\n' "$out" | grep -qx head-of-engineering &&
  ! printf '%s\n' "$out" | grep -q -e coder -e 首席技术官 || { printf '%s\n' "$out"; exit 1; }]=])
e2e(complete-role-alias-prefix --out "coder" --out-lines 1 -- __complete describe co)
e2e(complete-role-alias-zh --out "首席技术官" --out "首席架构师" --out-lines 2 -- __complete describe 首)
e2e(complete-role-id-over-alias --out "programmer" --out-lines 1 -- __complete describe pro)
e2e_shell(complete-role-flag-ids [=[out=$($CTOLADDER __complete search x --role '')
  [ "$(printf '%s\n' "$out" | wc -l)" = 8 ] && ! printf '%s\n' "$out" | grep -q coder || { printf '%s\n' "$out"; exit 1; }]=])
# gap --have: a file name, or ids (after a comma, or a prefix that names no file here).
e2e_shell(complete-have-files [=[[ "$($CTOLADDER __complete gap cto --have '')" = :files ]]=])
e2e(complete-have-path --out ":files" --out-lines 1 -- __complete gap cto --have ./m)
e2e(complete-have-ids --out "tech-strategy,technical-foresight" --out "tech-strategy,technical-standards"
    --not-out "hiring" -- __complete gap cto --have tech-strategy,techn)
e2e(complete-have-id-prefix --out "product-requirements-intake" --out-lines 1
    -- __complete gap cto --have product-req)
e2e(complete-have-equals --out "--have=rd-excellence" -- __complete gap cto --have=rd-exc)
# After `--` (end of options) words are positionals: roles, even where one looks like an option.
e2e(complete-after-dashes --out "architect" --out-lines 1 -- __complete describe -- ar)
e2e(complete-after-leading-dashes --out "architect" --out-lines 1 --empty-err
    -- __complete -- describe ar)
e2e(complete-after-leading-dashes-overlay --out "cto@us" --out-lines 1 --empty-err
    -- __complete --no-pager -- describe cto@u)
e2e(complete-commands-after-dashes --out "describe" --out "diff" --out-lines 2 --empty-err
    -- __complete -- d)
e2e(complete-no-options-after-dashes --empty-out --empty-err -- __complete describe -- --f)
e2e(where-builtin --out "<built-in>/cto.yaml" -- where cto)
e2e(schema-is-json --check "python3 -m json.tool" -- schema)
e2e(new-bad-id --exit 2 --err "not a valid role id" -- new Bad_Id --output Bad_Id.yaml)

# The .deb: built with cpack, inspected, then installed and removed (root only). Not in the
# sanitizer build, whose binary would need the sanitizer runtimes.
if(NOT CTOLADDER_SANITIZE)
  install_check("package: deb-build" deb-build LABELS package FIXTURES_SETUP ctoladder_deb
                RESOURCE_LOCK ctoladder_package_dir TIMEOUT 900)
  install_check("package: deb-install" deb-install LABELS package FIXTURES_REQUIRED ctoladder_deb
                RESOURCE_LOCK ctoladder_package_dir TIMEOUT 900)
  install_check("package: deb-maintainer" deb-maintainer LABELS package)
endif()
