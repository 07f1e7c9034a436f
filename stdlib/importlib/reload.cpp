// importlib's native part: running a module's file again in its namespace (importlib.reload).
#include "interpreter/source.hpp"
#include "runtime/types/function.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// _reload(module): the module's __file__ compiled and run again in the module's dict
Result<Value> importlib_reload(VM& vm, Value const* args, std::size_t, Tuple*) {
    Module* module = as<Module>(args[0]);
    Value file = dict_get_str(module->dict.get(), vm.names.dunder_file);
    if (!file.is_object() || vm.type_of(file)->layout != Layout::Str)
        return Value::none();  // a builtin module stays as it is
    std::string path(as<Str>(file)->view());
    std::string text;
    if (front::read_source_file(path, text) != 0)
        return vm.raise(vm.types.ModuleNotFoundError, "No module named '{}'", module->name->view());
    Value fn = TRY(vm.compile_source(path, std::move(text), module->dict));
    TRY(vm.run_module_code(as<Function>(fn)));
    return Value::none();
}

} // namespace

Result<void> init_importlib_module(VM& vm, Module& m) {
    add_function(vm, m.dict.get(), "_reload", importlib_reload, Args::one());
    return {};
}

} // namespace weft::rt
