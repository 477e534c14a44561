# `cmake --install BUILD [--prefix PREFIX]` (DESTDIR honoured): the binary, the man page
# ctoladder(1), bash/zsh/fish completions, the built-in role files (to read and copy from: the
# binary has them compiled in), the JSON Schema of role files and of every command's output, each
# in its standard place.
include(GNUInstallDirs)

install(TARGETS ctoladder RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page, compressed as Debian policy asks (man reads it either way).
set(CTOLADDER_MAN_PAGE ${PROJECT_SOURCE_DIR}/docs/ctoladder.1)
find_program(CTOLADDER_GZIP gzip)
if(CTOLADDER_GZIP)
  set(man_gz ${PROJECT_BINARY_DIR}/ctoladder.1.gz)
  add_custom_command(
    OUTPUT ${man_gz}
    COMMAND sh -c "'${CTOLADDER_GZIP}' -9 -n -c '${CTOLADDER_MAN_PAGE}' > '${man_gz}'"
    DEPENDS ${CTOLADDER_MAN_PAGE}
    COMMENT "Compressing the man page"
    VERBATIM)
  add_custom_target(ctoladder_man_page ALL DEPENDS ${man_gz})
  install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES ${CTOLADDER_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Shell completions, where bash-completion, zsh and fish look for them.
install(FILES ${PROJECT_SOURCE_DIR}/completions/ctoladder.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ctoladder)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_ctoladder
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/ctoladder.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The built-in role files and the schema, for people writing their own roles.
install(DIRECTORY ${CTOLADDER_ROLES_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ctoladder/roles
        FILES_MATCHING PATTERN "*.yaml" PATTERN "*.yml")
install(FILES ${PROJECT_SOURCE_DIR}/docs/role.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ctoladder)
# Beside it, the JSON Schema of each command's json and yaml output (docs/json.md), for scripts.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ctoladder/schemas
        FILES_MATCHING PATTERN "*.schema.json")

# The licence: as LICENSE, and as the copyright file a Debian package must carry.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
