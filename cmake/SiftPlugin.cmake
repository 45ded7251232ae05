# SPDX-License-Identifier: MIT
# sift_add_plugin(NAME SOURCES src... [DATA dir] [LIBS lib...] [TESTS test...] [TIMEOUT s]
#                 [NO_INSTALL])
#
# The one way to build a sift plugin, in this tree and out of it (the
# installed CMake package, find_package(Sift), includes this file).
#
# Builds NAME.so into <build>/plugins/, where siftd finds it when run from
# the build tree (or point plugin_path there), and links the plugin's data
# folder to <build>/plugins/NAME (the plugin's default data_dir). A plugin
# sees the SDK's include/ only (Sift::plugin): never the daemon's headers.
#
# TESTS registers the plugin's tests with ctest, each named NAME.<file name>:
#   *.c   a test program linked with the fake host (Sift::testhost,
#         <sift/testhost.h>) and compiled with SIFT_TEST_PLUGIN, the path
#         of NAME.so; it runs the plugin alone on given text and layers.
#   *.py  run with /usr/bin/python3, given in the environment SIFT_PLUGIN
#         (NAME.so), SIFT_PLUGIN_DIR (<build>/plugins), SIFT_SOURCE_DIR (the
#         plugin's folder), SIFT and SIFTD when those programs are known,
#         and SIFT_SHARED_DIR when the variable is set (the evaluation data).
# TIMEOUT: seconds each test may take (default 300).
# NO_INSTALL: built and tested, never installed (an example is not a
# production plugin).
include_guard(GLOBAL)
include(GNUInstallDirs)

function(sift_add_plugin name)
  cmake_parse_arguments(P "NO_INSTALL" "DATA;TIMEOUT" "SOURCES;LIBS;TESTS" ${ARGN})
  if(NOT P_TIMEOUT)
    set(P_TIMEOUT 300)
  endif()
  add_library(${name} MODULE ${P_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    C_VISIBILITY_PRESET hidden
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
  target_link_libraries(${name} PRIVATE Sift::plugin m ${P_LIBS})
  if(NOT P_NO_INSTALL)
    install(TARGETS ${name} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/sift/plugins)
  endif()
  if(P_DATA)
    get_filename_component(data ${P_DATA} ABSOLUTE)
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
    file(CREATE_LINK ${data} ${CMAKE_BINARY_DIR}/plugins/${name} SYMBOLIC)
  endif()
  if(P_DATA AND NOT P_NO_INSTALL)
    # Runtime data only: build scripts and training sentences (*.conll, and
    # the hand-marked own-*.txt they are made from) stay in the source tree,
    # and the ORIGIN note (sources and licences) goes with the documentation.
    install(DIRECTORY ${data}/ DESTINATION ${CMAKE_INSTALL_LIBDIR}/sift/plugins/${name}
      PATTERN "*.py" EXCLUDE PATTERN "*.conll" EXCLUDE PATTERN "own-*.txt" EXCLUDE
      PATTERN "ORIGIN.md" EXCLUDE PATTERN "README" EXCLUDE)
    if(EXISTS ${data}/ORIGIN.md)
      install(FILES ${data}/ORIGIN.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/${name})
    endif()
  endif()
  foreach(test ${P_TESTS})
    get_filename_component(base ${test} NAME_WE)
    get_filename_component(file ${test} NAME)
    get_filename_component(ext ${test} LAST_EXT)
    get_filename_component(path ${test} ABSOLUTE)
    if(ext STREQUAL ".c")
      add_executable(${name}_${base} ${path})
      target_link_libraries(${name}_${base} PRIVATE Sift::testhost)
      target_compile_definitions(${name}_${base} PRIVATE
        SIFT_TEST_PLUGIN="$<TARGET_FILE:${name}>")
      add_dependencies(${name}_${base} ${name})
      add_test(NAME ${name}.${file} COMMAND ${name}_${base})
    elseif(ext STREQUAL ".py")
      set(env SIFT_PLUGIN=$<TARGET_FILE:${name}> SIFT_PLUGIN_DIR=${CMAKE_BINARY_DIR}/plugins
          SIFT_SOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR} PYTHONDONTWRITEBYTECODE=1)
      foreach(program sift siftd)
        string(TOUPPER ${program} var)
        if(TARGET ${program})
          list(APPEND env ${var}=$<TARGET_FILE:${program}>)
        elseif(SIFT_${var}_EXECUTABLE)
          list(APPEND env ${var}=${SIFT_${var}_EXECUTABLE})
        endif()
      endforeach()
      if(SIFT_SHARED_DIR)
        list(APPEND env SIFT_SHARED_DIR=${SIFT_SHARED_DIR})
      endif()
      add_test(NAME ${name}.${file} COMMAND /usr/bin/python3 ${path})
      set_tests_properties(${name}.${file} PROPERTIES ENVIRONMENT "${env}")
    else()
      message(FATAL_ERROR "sift_add_plugin(${name}): test ${test} is neither .c nor .py")
    endif()
    set_tests_properties(${name}.${file} PROPERTIES TIMEOUT ${P_TIMEOUT} LABELS plugin)
  endforeach()
endfunction()
