// What the match statement asks of objects at run time: the values of a mapping pattern's keys (MATCH_KEYS) and
// the attributes a class pattern matches (MATCH_CLASS, with __match_args__). CPython: Python/ceval.c match_keys,
// match_class.
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// Whether instances of `type` match a single positional sub-pattern as a whole (CPython: _Py_TPFLAGS_MATCH_SELF)
bool matches_self(VM& vm, Type* type) {
    for (Type* t : {vm.types.bool_, vm.types.bytearray, vm.types.bytes, vm.types.dict, vm.types.float_, vm.types.frozenset, vm.types.int_, vm.types.list,
                    vm.types.set, vm.types.str, vm.types.tuple})
        if (type == t)
            return true;
    return false;
}

} // namespace

// A tuple of subject[key] for each key, or None when one is missing (looked up with get(), as CPython does, so
// that a defaultdict does not grow)
Result<Value> VM::match_keys(Value const& subject, Value const& keys) {
    Tuple* wanted = as<Tuple>(keys);
    auto values = new_tuple(wanted->size);
    Value get = TRY(getattr(subject, intern("get")));
    Value missing = new_list().take_value();  // a fresh object no mapping holds
    Ref<Dict> seen = new_dict();
    for (std::size_t i = 0; i < wanted->size; ++i) {
        Value const& key = wanted->items[i];
        if (!TRY(dict_get(*this, seen.get(), key)).is_null()) {
            std::string text = TRY(repr_string(key));
            return raise(types.ValueError, "mapping pattern checks duplicate key ({})", text);
        }
        TRY(dict_set(*this, seen.get(), key, Value::none()));
        Value args[2] = {key, missing};
        Value v = TRY(call(get, args, 2));
        if (v.is(missing))
            return Value::none();
        values->items[i] = std::move(v);
    }
    return values.take_value();
}

// The attributes a class pattern cls(p1, .., pn, k1=q1, ..) matches against, as a tuple, or None when the subject
// is not an instance of cls or lacks one of them
Result<Value> VM::match_class(Value const& subject, Value const& cls, Value const& keyword_names, std::uint32_t positional) {
    if (type_of(cls)->layout != Layout::Type)
        return raise(types.TypeError, "called match pattern must be a type");
    Type* type = as<Type>(cls);
    if (!type_of(subject)->is_subtype_of(type))
        return Value::none();
    ValueVector attributes;
    std::vector<Str*> seen;
    auto fetch = [&](Str* name) -> Result<bool> {
        for (Str* s : seen)
            if (s->view() == name->view())
                return raise(types.TypeError, "{}() got multiple sub-patterns for attribute {}", type->name->view(),
                             TRY(repr_string(Value::borrowed(name))));
        seen.push_back(name);
        Value v = TRY(getattr_opt(subject, name));
        if (v.is_null())
            return false;
        attributes.push_back(std::move(v));
        return true;
    };
    if (positional > 0) {
        Value match_args = TRY(getattr_opt(cls, intern("__match_args__")));
        std::size_t allowed = 0;
        bool whole = false;
        if (!match_args.is_null()) {
            if (type_of(match_args) != types.tuple)
                return raise(types.TypeError, "{}.__match_args__ must be a tuple (got {})", type->name->view(),
                             type_of(match_args)->name->view());
            allowed = as<Tuple>(match_args)->size;
        } else {
            for (auto const& t : type->mro)
                if (matches_self(*this, t.get())) whole = true;
            allowed = whole ? 1 : 0;
        }
        if (positional > allowed)
            return raise(types.TypeError, "{}() accepts {} positional sub-pattern{} ({} given)", type->name->view(), allowed,
                         allowed == 1 ? "" : "s", positional);
        if (whole) {
            attributes.push_back(subject);
        } else {
            for (std::uint32_t i = 0; i < positional; ++i) {
                Value const& name = as<Tuple>(match_args)->items[i];
                if (!name.is_object() || type_of(name)->layout != Layout::Str)
                    return raise(types.TypeError, "__match_args__ elements must be strings (got {})",
                                 type_of(name)->name->view());
                if (!TRY(fetch(as<Str>(name))))
                    return Value::none();
            }
        }
    }
    Tuple* keywords = as<Tuple>(keyword_names);
    for (std::size_t i = 0; i < keywords->size; ++i)
        if (!TRY(fetch(as<Str>(keywords->items[i]))))
            return Value::none();
    auto out = new_tuple(attributes.size());
    for (std::size_t i = 0; i < attributes.size(); ++i) out->items[i] = std::move(attributes[i]);
    return out.take_value();
}

} // namespace weft::rt
