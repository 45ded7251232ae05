# SPDX-License-Identifier: MIT
# sift_add_plugin(NAME SOURCES src... [DATA dir] [LIBS lib...])
#
# Builds NAME.so into <build>/plugins/, where siftd finds it when run from
# the build tree, and links the plugin's data folder to <build>/plugins/NAME
# (the plugin's default data_dir). A plugin sees include/ only: the daemon's
# own headers are not on its include path.
function(sift_add_plugin name)
  cmake_parse_arguments(P "" "DATA" "SOURCES;LIBS" ${ARGN})
  add_library(${name} MODULE ${P_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    C_VISIBILITY_PRESET hidden
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(${name} PRIVATE m ${P_LIBS})
  install(TARGETS ${name} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/sift/plugins)
  if(P_DATA)
    get_filename_component(data ${P_DATA} ABSOLUTE)
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
    file(CREATE_LINK ${data} ${CMAKE_BINARY_DIR}/plugins/${name} SYMBOLIC)
    # Runtime data only: build scripts stay in the source tree, and the
    # ORIGIN note (sources and licences) goes with the documentation.
    install(DIRECTORY ${data}/ DESTINATION ${CMAKE_INSTALL_LIBDIR}/sift/plugins/${name}
      PATTERN "*.py" EXCLUDE PATTERN "ORIGIN.md" EXCLUDE PATTERN "README" EXCLUDE)
    if(EXISTS ${data}/ORIGIN.md)
      install(FILES ${data}/ORIGIN.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/${name})
    endif()
  endif()
endfunction()
