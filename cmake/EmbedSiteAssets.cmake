# The static site's style sheet and scripts (assets/site/) are real files, edited and linted as
# CSS and JavaScript (and articles.json, the titles citations show, as JSON); at build time each becomes generated/site_assets/NAME.inc (its bytes as an
# initializer list), which src/core/site_assets.cpp includes, so `ctoladder site` needs nothing
# beside the binary.
#
# Included after ctoladder_core is defined; it also runs as a script to do the conversion:
#   cmake -DINPUT=FILE -DOUTPUT=FILE.inc -P cmake/EmbedSiteAssets.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${INPUT}" hex HEX)
  if(hex STREQUAL "")
    message(FATAL_ERROR "${INPUT} is empty")
  endif()
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "((0x..,){16})" "\\1\n" bytes "${bytes}")
  get_filename_component(name "${INPUT}" NAME)
  file(WRITE "${OUTPUT}.tmp" "// Generated from assets/site/${name} by cmake/EmbedSiteAssets.cmake.\n${bytes}\n")
  file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUTPUT}.tmp")
  return()
endif()

set(site_assets_dir ${PROJECT_BINARY_DIR}/generated/site_assets)
foreach(asset style.css site.js app.js articles.json)
  add_custom_command(
    OUTPUT ${site_assets_dir}/${asset}.inc
    COMMAND ${CMAKE_COMMAND} -DINPUT=${PROJECT_SOURCE_DIR}/assets/site/${asset}
            -DOUTPUT=${site_assets_dir}/${asset}.inc -P ${CMAKE_CURRENT_LIST_FILE}
    DEPENDS ${PROJECT_SOURCE_DIR}/assets/site/${asset} ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Embedding assets/site/${asset}"
    VERBATIM)
  target_sources(ctoladder_core PRIVATE ${site_assets_dir}/${asset}.inc)
endforeach()
target_include_directories(ctoladder_core PRIVATE ${PROJECT_BINARY_DIR}/generated)
