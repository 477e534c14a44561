# docs/role.schema.json is the one copy of the JSON Schema of role files. At build time its bytes
# become generated/role_schema.inc, which src/core/schema.cpp includes, so `ctoladder schema`
# prints the file byte for byte; cmake/Install.cmake installs the file itself.
#
# Included after ctoladder_core is defined; it also runs as a script to do the conversion:
#   cmake -DINPUT=FILE -DOUTPUT=FILE.inc -P cmake/EmbedSchema.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${INPUT}" hex HEX)
  if(hex STREQUAL "")
    message(FATAL_ERROR "${INPUT} is empty")
  endif()
  # "7b0a..." -> "0x7b,0x0a,...", sixteen bytes a line: an initializer list for unsigned char[].
  string(LENGTH "${hex}" length)
  math(EXPR last "${length} - 1")
  set(bytes "")
  foreach(start RANGE 0 ${last} 32)
    string(SUBSTRING "${hex}" ${start} 32 line)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," line "${line}")
    string(APPEND bytes "${line}\n")
  endforeach()
  file(WRITE "${OUTPUT}.tmp" "// Generated from docs/role.schema.json by cmake/EmbedSchema.cmake.\n${bytes}")
  file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUTPUT}.tmp")
  return()
endif()

set(CTOLADDER_SCHEMA_FILE ${PROJECT_SOURCE_DIR}/docs/role.schema.json)
set(generated_dir ${PROJECT_BINARY_DIR}/generated)
add_custom_command(
  OUTPUT ${generated_dir}/role_schema.inc
  COMMAND ${CMAKE_COMMAND} -DINPUT=${CTOLADDER_SCHEMA_FILE}
          -DOUTPUT=${generated_dir}/role_schema.inc -P ${CMAKE_CURRENT_LIST_FILE}
  DEPENDS ${CTOLADDER_SCHEMA_FILE} ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Embedding docs/role.schema.json"
  VERBATIM)
target_sources(ctoladder_core PRIVATE ${generated_dir}/role_schema.inc)
target_include_directories(ctoladder_core PRIVATE ${generated_dir})
