// _collections._tuplegetter(index, doc): the attribute a namedtuple class gives each field. weft makes it a
// property whose accessors are native functions carrying the index, so a field read costs one native call
// and an assignment fails as CPython's does. CPython: Modules/_collectionsmodule.c (tuplegetter_descr_get,
// tuplegetter_descr_set).
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Result<Value> tuplegetter_get(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t index = vm.native_callee->data.as_int();
    Value const& self = args[0];
    if (!self.is_object() || vm.type_of(self)->layout != Layout::Tuple)
        return vm.raise(vm.types.TypeError, "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                        index, vm.type_of(self)->name->view());
    Tuple* t = as<Tuple>(self);
    if (static_cast<std::size_t>(index) >= t->size)
        return vm.raise(vm.types.IndexError, "tuple index out of range");
    return t->items[index];
}

Result<Value> tuplegetter_set(VM& vm, Value const*, std::size_t, Tuple*) {
    return vm.raise(vm.types.AttributeError, "can't set attribute");
}

Result<Value> tuplegetter_delete(VM& vm, Value const*, std::size_t, Tuple*) {
    return vm.raise(vm.types.AttributeError, "can't delete attribute");
}

Result<Value> tuplegetter_new(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!args[0].is_int() || args[0].as_int() < 0)
        return vm.raise(vm.types.TypeError, "_tuplegetter() argument 1 must be a non-negative int");
    auto d = make<Descriptor>(vm.types.property);
    d->function = vm.new_function_value(tuplegetter_get, "_tuplegetter", args[0], Args::one());
    d->setter = vm.new_function_value(tuplegetter_set, "_tuplegetter", Value(), Args::positional(2, 2));
    d->deleter = vm.new_function_value(tuplegetter_delete, "_tuplegetter", Value(), Args::one());
    d->doc = args[1];
    vm.gc().track(d.get());
    return d.take_value();
}

} // namespace

void install_tuplegetter(VM& vm, Module& m) {
    add_function(vm, m.dict.get(), "_tuplegetter", tuplegetter_new, Args::positional(2, 2));
}

} // namespace weft::rt
