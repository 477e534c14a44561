# `cpack -G DEB --config BUILD/CPackConfig.cmake`: a Debian package of what cmake/Install.cmake
# installs, under /usr. Depends is computed by dpkg-shlibdeps (package dpkg-dev) from the
# libraries the binary really links.
set(CPACK_PACKAGE_NAME ctoladder)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "the ctoladder developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "software-engineering career ladder, from programmer to CTO")
set(CPACK_PACKAGE_DESCRIPTION
    "ctoladder answers questions about the software-engineering career ladder on the command\n"
    "line: what a role does (programmer, senior engineer, architect, tech manager, tech\n"
    "director, chief architect, head of engineering, CTO), what changes from one role to\n"
    "another, how a startup CTO differs from an enterprise one or a Chinese-style CTO from an\n"
    "American one, and which roles hold a given duty. Every duty is bilingual (English and\n"
    "Chinese) and cites its source. Output as text, JSON, YAML, TSV or Markdown. Your own role\n"
    "files layer over the built-in library.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CTOLADDER_MAINTAINER "ctoladder developers <ctoladder@localhost>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CTOLADDER_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ctoladder_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, less, jq")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
