// Struct sequences: tuples whose items also have names (sys.version_info, time.struct_time, os.stat_result), shown
// as sys.version_info(major=3, minor=11, ...). The names are the type's __match_args__, as in CPython.
// CPython: Objects/structseq.c.
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Tuple* field_names(VM& vm, Type* t) {
    Value names = t->dict ? dict_get_str(t->dict.get(), vm.intern("__match_args__")) : Value();
    return names.is_object() && vm.type_of(names)->layout == Layout::Tuple ? as<Tuple>(names) : nullptr;
}

// seq.name: the item of that field
Value struct_sequence_members(VM& vm, Value const& self, Str* name) {
    Tuple* names = field_names(vm, vm.type_of(self));
    for (std::size_t i = 0; names && i < names->size; ++i)
        if (as<Str>(names->items[i])->view() == name->view())
            return as<Tuple>(self)->items[i];
    return Value();
}

// module.name(field=value, ...) (CPython: structseq_repr)
Result<Value> struct_sequence_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Type* t = vm.type_of(args[0]);
    Tuple* names = field_names(vm, t);
    Tuple* items = as<Tuple>(args[0]);
    // named as CPython's tp_name: "sys.version_info", or a bare name for a type made without a module
    std::string out = (t->module_name == "builtins" ? "" : t->module_name + ".") + std::string(t->name->view()) + "(";
    for (std::size_t i = 0; i < items->size; ++i) {
        if (i) out += ", ";
        if (names && i < names->size) {
            out += as<Str>(names->items[i])->view();
            out += "=";
        }
        out += TRY(vm.repr_string(items->items[i]));
    }
    return vm.new_str(out + ")");
}

} // namespace

Type* make_struct_sequence_type(VM& vm, std::string_view module, std::string_view name,
                                std::initializer_list<char const*> fields) {
    Type* t = make_builtin_type(vm, name, vm.types.tuple, Layout::Tuple);
    t->module_name = std::string(module);
    t->slots = vm.types.tuple->slots;
    t->slots.members = struct_sequence_members;
    auto names = vm.new_tuple(fields.size());
    std::size_t i = 0;
    for (char const* f : fields) names->items[i++] = Value::borrowed(vm.intern(f));
    dict_set_str(vm, t->dict.get(), vm.intern("__match_args__"), names.take_value());
    dict_set_str(vm, t->dict.get(), vm.intern("n_fields"), Value::from_int(static_cast<std::int64_t>(fields.size())));
    add_methods(vm, t, {{"__repr__", struct_sequence_repr, Args::none()}});
    return t;
}

Value make_struct_sequence(VM& vm, Type* type, std::initializer_list<Value> items) {
    Ref<Tuple> t = Tuple::create(type, items.size());
    std::size_t i = 0;
    for (Value const& v : items) t->items[i++] = v;
    return t.take_value();
}

} // namespace weft::rt
