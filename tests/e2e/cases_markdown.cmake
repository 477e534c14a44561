# Markdown as a reader of a wiki or a job post sees it: every command's markdown rendered by
# cmark-gfm (raw HTML kept, so that markup leaking from data would show), every table with a named
# header, role text that looks like markup shown as written. check_markdown_html.py says what it
# allows.
set(MD_HTML "python3 ${E2E_DATA}/tools/check_markdown_html.py")
set(MARKUP --roles ${E2E_DATA}/markup-roles)

# Every command that writes markdown, on the built-in library.
set(MD_CASES
  "list" "list --ids" "describe cto" "describe cto@startup,china --sources" "compare architect cto"
  "diff cto@china cto@us" "search code" "ladder" "path programmer cto" "chart architect cto"
  "gap cto --have tech-strategy,code-review" "where")
set(n 0)
foreach(case IN LISTS MD_CASES)
  math(EXPR n "${n} + 1")
  separate_arguments(args UNIX_COMMAND "${case}")
  set(exit 0)
  if(case MATCHES "^diff")
    set(exit 1)
  endif()
  # search's count is a summary on stderr, not part of the document.
  set(err --empty-err)
  if(case MATCHES "^search")
    set(err --err "matches for")
  endif()
  e2e(markdown-html-${n} --exit ${exit} ${err} --check "${MD_HTML}" -- ${args} --format markdown)
endforeach()

# Role text that markdown would read as markup: shown as written, in both languages.
e2e(markdown-markup-describe --empty-err
    --check "${MD_HTML} '<b>bold</b> & *starred*' '1. Not a list, `not code`, [not a link](javascript:alert(1))' '<script>alert(1)</script>' 'Ship _under_ and **double** ~~struck~~ <img src=x onerror=alert(1)> &amp'"
    -- ${MARKUP} describe markup --format markdown)
e2e(markdown-markup-how --empty-err --check "${MD_HTML} '- not a bullet | with a pipe \\ and a backslash'"
    -- ${MARKUP} describe markup --format markdown)
e2e(markdown-markup-zh --empty-err --check "${MD_HTML} '负责人 <b>粗体</b> & *星号*' '交付 _下划线_ **双星** ~~删除~~'"
    -- ${MARKUP} describe markup --format markdown --lang zh)
foreach(case "compare markup senior-engineer" "path markup senior-engineer" "search under"
        "gap markup --have plain-duty")
  math(EXPR n "${n} + 1")
  separate_arguments(args UNIX_COMMAND "${case}")
  set(err --empty-err)
  if(case MATCHES "^search")
    set(err --err "matches for")
  endif()
  e2e(markdown-markup-${n} ${err} --check "${MD_HTML} '<img src=x onerror=alert(1)>'" -- ${MARKUP} ${args} --format markdown)
endforeach()
e2e(markdown-markup-where --empty-err --check "${MD_HTML} '<built-in>/cto.yaml' 'markup.yaml'" -- ${MARKUP} where --format markdown)
