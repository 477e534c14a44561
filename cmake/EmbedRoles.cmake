# ctoladder_embed_roles(TARGET ROLES_DIR): a library holding the role files of ROLES_DIR as
# compiled data. The embed_roles tool validates them first, so a broken role file fails the build.
add_executable(embed_roles ${PROJECT_SOURCE_DIR}/src/tools/embed_roles.cpp)
target_link_libraries(embed_roles PRIVATE ctoladder_core)

function(ctoladder_embed_roles target roles_dir)
  file(GLOB role_files CONFIGURE_DEPENDS ${roles_dir}/*.yaml ${roles_dir}/*.yml)
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/embedded_roles.cpp)
  add_custom_command(
    OUTPUT ${generated}
    COMMAND embed_roles ${roles_dir} ${generated}
    DEPENDS embed_roles ${role_files}
    COMMENT "Validating and embedding the role library"
    VERBATIM)
  add_library(${target} STATIC ${generated} ${PROJECT_SOURCE_DIR}/src/embedded/builtin_library.cpp)
  target_link_libraries(${target} PUBLIC ctoladder_core)
endfunction()
