# SPDX-License-Identifier: MIT
# Installs siftd.conf without ever overwriting an operator's edits: when the
# file exists and differs, the shipped one goes beside it as siftd.conf.new
# (as dpkg does with a conffile). Also makes the drop-in directory
# siftd.conf.d/. Set by the install(CODE) before it: SIFT_CONF_SRC, SIFT_CONF_DEST.
set(dest "$ENV{DESTDIR}${SIFT_CONF_DEST}")
get_filename_component(dir "${dest}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}" "${dest}.d")
if(NOT EXISTS "${dest}")
  message(STATUS "Installing: ${dest}")
  file(COPY_FILE "${SIFT_CONF_SRC}" "${dest}")
else()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SIFT_CONF_SRC}" "${dest}"
                  RESULT_VARIABLE differ)
  if(differ)
    message(STATUS "Kept: ${dest} (edited); the shipped one is ${dest}.new")
    file(COPY_FILE "${SIFT_CONF_SRC}" "${dest}.new")
  else()
    message(STATUS "Up-to-date: ${dest}")
  endif()
endif()
