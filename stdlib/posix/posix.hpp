// The posix module's parts (stdlib/posix/): each file adds its functions to the module's dict.
#pragma once

#include <sys/stat.h>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

// The module's struct sequence types, kept in its dict (made once per VM, when posix is first imported).
struct PosixTypes {
    Type* stat_result = nullptr;
    Type* terminal_size = nullptr;
    Type* uname_result = nullptr;
    Type* times_result = nullptr;
    Type* statvfs_result = nullptr;
};
PosixTypes posix_types(VM& vm);

// os.stat_result of `st` (posix_files.cpp)
Value stat_result_value(VM& vm, struct stat const& st);

void add_posix_file_functions(VM& vm, Dict* d);     // posix_files.cpp
void add_posix_system_functions(VM& vm, Dict* d);   // posix_system.cpp: processes, environment, the machine

} // namespace weft::rt
