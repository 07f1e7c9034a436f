// Struct sequences: tuples whose items also have names (sys.version_info, time.struct_time, os.stat_result), shown
// as sys.version_info(major=3, minor=11, ...). The names are the type's __match_args__, as in CPython.
// CPython: Objects/structseq.c.
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// The item that named field `k` is kept in: the unnamed items sit right after the named visible ones
// (CPython: structseq's tp_members skip the unnamed fields)
std::size_t field_item(Type* t, std::size_t k, std::size_t visible) {
    std::size_t named_visible = visible - t->unnamed_items;
    return k < named_visible ? k : k + t->unnamed_items;
}

Type* sequence_type(Type* t) {
    while (t && t->field_names.empty()) t = t->base;
    return t;
}

// seq.name: the item of that field
Value struct_sequence_members(VM& vm, Value const& self, Str* name) {
    Type* t = sequence_type(vm.type_of(self));
    if (!t) return Value();
    Tuple* items = as<Tuple>(self);
    for (std::size_t k = 0; k < t->field_names.size(); ++k)
        if (t->field_names[k]->view() == name->view())
            return items->items[field_item(t, k, items->size)];
    return Value();
}

// module.name(field=value, ...), the visible items named by the fields in order (CPython: structseq_repr)
Result<Value> struct_sequence_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Type* t = vm.type_of(args[0]);
    Type* st = sequence_type(t);
    Tuple* items = as<Tuple>(args[0]);
    // named as CPython's tp_name: "sys.version_info", or a bare name for a type made without a module
    std::string out = (t->module_name == "builtins" ? "" : t->module_name + ".") + std::string(t->name->view()) + "(";
    for (std::size_t i = 0; i < items->size; ++i) {
        if (i) out += ", ";
        if (st && i < st->field_names.size()) {
            out += st->field_names[i]->view();
            out += "=";
        }
        out += TRY(vm.repr_string(items->items[i]));
    }
    return vm.new_str(out + ")");
}

// type(sequence, dict=None): the visible items from `sequence`, the hidden ones after them or None
// (CPython: structseq_new_impl)
Result<Value> struct_sequence_new(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* t = as<Type>(args[0]);  // the struct sequence itself: new_builtin_instance copies it for a subclass
    Type* st = sequence_type(t);
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - 1 - nkw;
    Value seq = npos >= 1 ? args[1] : Value();
    for (std::size_t i = 0; i < nkw; ++i) {
        std::string_view k = as<Str>(kwnames->items[i])->view();
        if (k == "sequence" && seq.is_null()) seq = args[1 + npos + i];
        else if (k != "dict")
            return vm.raise(vm.types.TypeError, "{}() got an unexpected keyword argument '{}'", t->name->view(), k);
    }
    if (seq.is_null())
        return vm.raise(vm.types.TypeError, "{}() missing required argument 'sequence' (pos 1)", t->name->view());
    if (npos > 2)
        return vm.raise(vm.types.TypeError, "{}() takes at most 2 arguments ({} given)", t->name->view(), npos);
    if (!seq.is_object() || (vm.type_of(seq)->layout != Layout::Tuple && vm.type_of(seq)->layout != Layout::List &&
                             vm.type_of(seq)->slots.getitem == nullptr))
        return vm.raise(vm.types.TypeError, "constructor requires a sequence");  // CPython: PySequence_Fast
    Value list = TRY(vm.call1(Value::borrowed(vm.types.tuple), seq));
    Tuple* given = as<Tuple>(list);
    Value visible_v = dict_get_str(st->dict.get(), vm.intern("n_sequence_fields"));
    std::size_t visible = static_cast<std::size_t>(visible_v.as_int());
    std::size_t total = visible + st->hidden_items;
    std::string qual = st->module_name + "." + std::string(st->name->view());
    if (given->size < visible) {
        if (visible == total)
            return vm.raise(vm.types.TypeError, "{}() takes a {}-sequence ({}-sequence given)", qual, visible, given->size);
        return vm.raise(vm.types.TypeError, "{}() takes an at least {}-sequence ({}-sequence given)", qual, visible,
                        given->size);
    }
    if (given->size > total) {
        if (visible == total)
            return vm.raise(vm.types.TypeError, "{}() takes a {}-sequence ({}-sequence given)", qual, visible, given->size);
        return vm.raise(vm.types.TypeError, "{}() takes an at most {}-sequence ({}-sequence given)", qual, total,
                        given->size);
    }
    Ref<Tuple> out = Tuple::create_with_hidden(st, visible);
    for (std::size_t i = 0; i < total; ++i) out->items[i] = i < given->size ? given->items[i] : Value::none();
    return out.take_value();
}

} // namespace

Type* make_struct_sequence_type(VM& vm, std::string_view module, std::string_view name,
                                std::initializer_list<char const*> fields, std::size_t visible, std::size_t unnamed) {
    Type* t = make_builtin_type(vm, name, vm.types.tuple, Layout::Tuple);
    t->module_name = std::string(module);
    t->slots = vm.types.tuple->slots;
    t->slots.members = struct_sequence_members;
    if (visible == 0) visible = fields.size();
    for (char const* f : fields) t->field_names.push_back(vm.intern(f));
    t->unnamed_items = static_cast<std::uint8_t>(unnamed);
    t->hidden_items = static_cast<std::uint8_t>(fields.size() + unnamed - visible);
    std::size_t named_visible = visible - unnamed;
    auto names = vm.new_tuple(named_visible);
    for (std::size_t i = 0; i < named_visible; ++i) names->items[i] = Value::borrowed(t->field_names[i]);
    dict_set_str(vm, t->dict.get(), vm.intern("__match_args__"), names.take_value());
    dict_set_str(vm, t->dict.get(), vm.intern("n_sequence_fields"), Value::from_int(static_cast<std::int64_t>(visible)));
    dict_set_str(vm, t->dict.get(), vm.intern("n_fields"),
                 Value::from_int(static_cast<std::int64_t>(fields.size() + unnamed)));
    dict_set_str(vm, t->dict.get(), vm.intern("n_unnamed_fields"), Value::from_int(static_cast<std::int64_t>(unnamed)));
    add_methods(vm, t, {{"__repr__", struct_sequence_repr, Args::none()}});
    t->construct = struct_sequence_new;
    return t;
}

Value make_struct_sequence(VM& vm, Type* type, std::initializer_list<Value> items) {
    std::size_t visible = items.size() - type->hidden_items;
    Ref<Tuple> t = Tuple::create_with_hidden(type, visible);
    std::size_t i = 0;
    for (Value const& v : items) t->items[i++] = v;
    return t.take_value();
}

} // namespace weft::rt
