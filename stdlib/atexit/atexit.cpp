// The atexit module's native part: tells the VM that exit functions may be registered, so that its
// finalize_main() looks for them (a program that never imports atexit pays nothing at exit).
#include "runtime/vm/vm.hpp"

namespace weft::rt {

Result<void> init_atexit_module(VM& vm, Module&) {
    vm.atexit_imported = true;
    return {};
}

} // namespace weft::rt
