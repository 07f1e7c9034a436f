// The errno module: the platform's error numbers by name and errorcode, the names by number (CPython:
// Modules/errnomodule.c). The names are CPython's (errno_names.def, generated); the values are this system's.
#include <cerrno>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

Result<void> init_errno_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    Ref<Dict> errorcode = vm.new_dict();
#define ERRNO(name)                                                                  \
    {                                                                                \
        Value n = vm.new_str(#name);                                                 \
        dict_set_str(vm, d, vm.intern(#name), Value::from_int(name));               \
        TRY(dict_set(vm, errorcode.get(), Value::from_int(name), std::move(n)));     \
    }
#include "stdlib/errno/errno_names.def"
#undef ERRNO
    dict_set_str(vm, d, vm.intern("errorcode"), errorcode.take_value());
    return {};
}

} // namespace weft::rt
