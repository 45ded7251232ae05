# SPDX-License-Identifier: MIT
# cmake -DSIFT=... -DCONFIG=... -DPLUGIN_DIR=... -DTRAIN_DIR=... -DPROFILE_DIR=...
#       -DSOURCES=a.c;b.c -DINPUT=... -DSTAMP=... -P train.cmake
#
# Writes the tariffs plugin's profile (pgo/CMakeLists.txt): a fresh
# PROFILE_DIR, `sift process` with the instrumented tariffs.so of TRAIN_DIR
# (searched before PLUGIN_DIR, where the entities plugin is) over INPUT,
# its output dropped, then a check that every source file has its .gcda.
file(REMOVE_RECURSE ${PROFILE_DIR})
file(MAKE_DIRECTORY ${PROFILE_DIR})
unset(ENV{GCOV_PREFIX})
unset(ENV{GCOV_PREFIX_STRIP})
execute_process(
  COMMAND ${SIFT} process -c ${CONFIG} -d ${PLUGIN_DIR} -P ${TRAIN_DIR}
    --plugins entities,tariffs ${INPUT}
  OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "SIFT_PGO: the training run failed (${rc}):\n${err}")
endif()
foreach(src ${SOURCES})
  if(NOT EXISTS ${PROFILE_DIR}/${src}.gcda)
    file(GLOB found RELATIVE ${PROFILE_DIR} ${PROFILE_DIR}/*)
    message(FATAL_ERROR "SIFT_PGO: no ${PROFILE_DIR}/${src}.gcda after the training run "
      "(found: ${found}); the profile would not reach the plugin")
  endif()
endforeach()
file(TOUCH ${STAMP})
