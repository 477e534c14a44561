# `cpack -G DEB --config BUILD/CPackConfig.cmake`: a Debian package of what cmake/Install.cmake
# installs, under /usr. Depends is computed by dpkg-shlibdeps (package dpkg-dev) from the
# libraries the binary really links.
set(CPACK_PACKAGE_NAME ctoladder)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "the ctoladder developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "software-engineering career ladder, from programmer to CTO")
# Lines of at most 80 columns (Debian policy 3.4.1; lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
    "ctoladder answers questions about the software-engineering career ladder on\n"
    "the command line: what a role does (programmer, senior engineer, architect,\n"
    "tech manager, tech director, chief architect, head of engineering, CTO), what\n"
    "changes from one role to another, how a startup CTO differs from an enterprise\n"
    "one or a Chinese-style CTO from an American one, and which roles hold a given\n"
    "duty. Every duty is bilingual (English and Chinese) and cites its source.\n"
    "Output as text, JSON, YAML, TSV or Markdown. Your own role files layer over the\n"
    "built-in library.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# Maintainer: whoever builds a package for others to install. Set it with
# -DCTOLADDER_MAINTAINER="Name <address>", or through Debian's DEBFULLNAME and DEBEMAIL (the
# variables dch and dh_make read). Without them it names the project and an address under the
# reserved .invalid domain (RFC 2606): well-formed, and plainly not a mailbox anyone reads.
if(DEFINED ENV{DEBEMAIL} AND "$ENV{DEBEMAIL}" MATCHES "<")
  set(maintainer "$ENV{DEBEMAIL}")
elseif(DEFINED ENV{DEBEMAIL} AND DEFINED ENV{DEBFULLNAME})
  set(maintainer "$ENV{DEBFULLNAME} <$ENV{DEBEMAIL}>")
else()
  set(maintainer "ctoladder developers <dev@ctoladder.invalid>")
endif()
set(CTOLADDER_MAINTAINER "${maintainer}"
    CACHE STRING "The Maintainer field of the Debian package: Name <address>")
if(CTOLADDER_MAINTAINER STREQUAL "ctoladder developers <ctoladder@localhost>")  # the old default
  set_property(CACHE CTOLADDER_MAINTAINER PROPERTY VALUE "${maintainer}")
endif()
# Debian policy 5.6.2: the name first, then the address in angle brackets.
if(NOT CTOLADDER_MAINTAINER MATCHES "^[^<>@]*[^<>@ ] <[^<>@ ]+@[^<>@ ]+\\.[^<>@ ]+>$")
  message(WARNING "CTOLADDER_MAINTAINER is '${CTOLADDER_MAINTAINER}', not 'Name <address>': "
                  "the .deb's Maintainer field will not be valid")
endif()
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CTOLADDER_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ctoladder_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, less, jq")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
