// BaseExceptionGroup and ExceptionGroup (construction, message/exceptions, split, subgroup, derive, str), and what
// except* needs from them at run time: the match of one handler (CHECK_EG_MATCH) and the group re-raised at the
// end (PREP_RERAISE_STAR). A group keeps its exceptions as a tuple in Exception::value; args are
// (message, exceptions as given). CPython: Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split,
// _PyExc_PrepReraiseStar), Python/ceval.c (exception_group_match).
#include <unordered_set>

#include "runtime/types/exception.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

bool is_group(VM& vm, Value const& v) {
    return v.is_object() && vm.type_of(v)->is_subtype_of(vm.types.BaseExceptionGroup);
}

Tuple* group_exceptions(Value const& group) { return as<Tuple>(as<Exception>(group)->value); }

// BaseExceptionGroup(message, exceptions) (CPython: BaseExceptionGroup_new): a group of only Exceptions made as
// BaseExceptionGroup is an ExceptionGroup; ExceptionGroup refuses other BaseExceptions
Result<Value> group_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* cls = as<Type>(args[0]);
    std::size_t nkw = kwnames ? kwnames->size : 0;
    if (nkw > 0 && !cls->is_heap)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", cls->name->view());
    std::size_t npos = nargs - 1 - nkw;
    if (npos != 2)
        return vm.raise(vm.types.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", npos);
    Value const& message = args[1];
    Value const& exceptions = args[2];
    if (!message.is_object() || vm.type_of(message)->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                        vm.type_of(message)->name->view());
    if (vm.match_kind(exceptions) != MatchKind::Sequence)
        return vm.raise(vm.types.TypeError, "second argument (exceptions) must be a sequence");
    Ref<Tuple> items = TRY(vm.to_tuple(exceptions));
    if (items->size == 0)
        return vm.raise(vm.types.ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (std::size_t i = 0; i < items->size; ++i) {
        Type* t = vm.type_of(items->items[i]);
        if (!t->is_base_exception)
            return vm.raise(vm.types.ValueError, "Item {} of second argument (exceptions) is not an exception", i);
        if (!t->is_subtype_of(vm.types.Exception))
            all_exceptions = false;
    }
    if (cls == vm.types.BaseExceptionGroup) {
        if (all_exceptions)
            cls = vm.types.ExceptionGroup;
    } else if (cls == vm.types.ExceptionGroup) {
        if (!all_exceptions)
            return vm.raise(vm.types.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exceptions && cls->is_subtype_of(vm.types.Exception)) {
        return vm.raise(vm.types.TypeError, "Cannot nest BaseExceptions in '{}'", cls->name->view());
    }
    Value v = TRY(new_instance(vm, cls));
    Exception* group = as<Exception>(v);
    Ref<Tuple> group_args = vm.new_tuple(2);
    group_args->items[0] = message;
    group_args->items[1] = exceptions;
    group->args = std::move(group_args);
    group->value = items.take_value();
    return v;
}

// str(eg): "message (2 sub-exceptions)" (CPython: BaseExceptionGroup_str)
Result<Value> group_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* group = as<Exception>(args[0]);
    std::string message = group->args && group->args->size > 0 ? TRY(vm.str_string(group->args->items[0])) : "";
    std::size_t n = group->value.is_object() ? group_exceptions(args[0])->size : 0;
    return vm.new_str(format("{} ({} sub-exception{})", message, n, n == 1 ? "" : "s"));
}

// eg.derive(excs): a group like this one of other exceptions (CPython: BaseExceptionGroup_derive)
Result<Value> group_derive(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* group = as<Exception>(args[0]);
    Value call_args[2] = {group->args->items[0], args[1]};
    return vm.call(Value::borrowed(vm.types.BaseExceptionGroup), call_args, 2);
}

// What split() and subgroup() match: exception types, or a predicate (CPython: get_matcher_type)
struct Matcher {
    Value types;      // a type or a tuple of types
    Value predicate;  // a callable
};

Result<Matcher> make_matcher(VM& vm, Value const& condition) {
    auto is_exception_class = [&](Value const& t) {
        return t.is_object() && vm.type_of(t)->layout == Layout::Type && as<Type>(t)->is_base_exception;
    };
    if (is_exception_class(condition))
        return Matcher{condition, Value()};
    if (condition.is_object() && vm.type_of(condition)->layout == Layout::Tuple) {
        Tuple* t = as<Tuple>(condition);
        for (std::size_t i = 0; i < t->size; ++i)
            if (!is_exception_class(t->items[i]))
                return vm.raise(vm.types.TypeError, "expected a function, exception type or tuple of exception types");
        return Matcher{condition, Value()};
    }
    if (vm.type_of(condition)->layout != Layout::Type && (vm.type_of(condition)->slots.call ||
                                                          !vm.type_of(condition)->lookup(vm.names.dunder_call).is_null()))
        return Matcher{Value(), condition};
    return vm.raise(vm.types.TypeError, "expected a function, exception type or tuple of exception types");
}

Result<bool> matches(VM& vm, Matcher const& m, Value const& exc) {
    if (!m.predicate.is_null())
        return vm.truthy(TRY(vm.call1(m.predicate, exc)));
    Type* t = vm.type_of(exc);
    if (vm.type_of(m.types)->layout == Layout::Tuple) {
        Tuple* types = as<Tuple>(m.types);
        for (std::size_t i = 0; i < types->size; ++i)
            if (t->is_subtype_of(as<Type>(types->items[i]))) return true;
        return false;
    }
    return t->is_subtype_of(as<Type>(m.types));
}

// A group of `items` like `orig`: made by orig.derive(), with orig's traceback, cause, context and a copy of its
// notes (CPython: exceptiongroup_subset); None when there are no items
Result<Value> group_subset(VM& vm, Value const& orig, ValueVector const& items) {
    if (items.empty())
        return Value::none();
    Ref<List> list = vm.new_list();
    list->items = items;
    Value method = TRY(vm.getattr(orig, vm.intern("derive")));
    Value eg = TRY(vm.call1(method, list.value()));
    if (!is_group(vm, eg))
        return vm.raise(vm.types.TypeError, "derive must return an instance of BaseExceptionGroup");
    Exception* from = as<Exception>(orig);
    Exception* to = as<Exception>(eg);
    to->traceback = from->traceback;
    to->context = from->context;
    to->cause = from->cause;
    to->suppress_context = from->suppress_context;
    if (from->dict) {
        Value notes = dict_get_str(from->dict.get(), vm.intern("__notes__"));
        if (!notes.is_null() && vm.match_kind(notes) == MatchKind::Sequence) {
            Ref<List> copy = TRY(vm.to_list(notes));
            TRY(vm.setattr(eg, vm.intern("__notes__"), copy.take_value()));
        }
    }
    return eg;
}

// (match, rest) of `exc` for `m` (CPython: exceptiongroup_split_recursive)
Result<void> split_recursive(VM& vm, Value const& exc, Matcher const& m, bool with_rest, Value& match, Value& rest) {
    match = Value::none();
    rest = Value::none();
    if (TRY(matches(vm, m, exc))) {
        match = exc;
        return {};
    }
    if (!is_group(vm, exc)) {
        if (with_rest)
            rest = exc;
        return {};
    }
    ValueVector matched, remaining;
    Tuple* items = group_exceptions(exc);
    for (std::size_t i = 0; i < items->size; ++i) {
        Value m_part, r_part;
        TRY(split_recursive(vm, items->items[i], m, with_rest, m_part, r_part));
        if (!m_part.is_none()) matched.push_back(m_part);
        if (with_rest && !r_part.is_none()) remaining.push_back(r_part);
    }
    match = TRY(group_subset(vm, exc, matched));
    if (with_rest)
        rest = TRY(group_subset(vm, exc, remaining));
    return {};
}

Result<Value> group_split(VM& vm, Value const* args, std::size_t, Tuple*) {
    Matcher m = TRY(make_matcher(vm, args[1]));
    Value match, rest;
    TRY(split_recursive(vm, args[0], m, true, match, rest));
    auto pair = vm.new_tuple(2);
    pair->items[0] = std::move(match);
    pair->items[1] = std::move(rest);
    return pair.take_value();
}

Result<Value> group_subgroup(VM& vm, Value const* args, std::size_t, Tuple*) {
    Matcher m = TRY(make_matcher(vm, args[1]));
    Value match, rest;
    TRY(split_recursive(vm, args[0], m, false, match, rest));
    return match;
}

// eg.message, eg.exceptions, then what every exception has
Value group_members(VM& vm, Value const& self, Str* name) {
    Exception* group = as<Exception>(self);
    if (name->view() == "message")
        return group->args && group->args->size > 0 ? group->args->items[0] : Value::none();
    if (name->view() == "exceptions")
        return group->value;
    return vm.types.BaseException->slots.members(vm, self, name);
}

// The leaf exceptions of `exc`, by identity (CPython: collect_exception_group_leaf_ids)
void collect_leaves(VM& vm, Value const& exc, std::unordered_set<Object*>& out) {
    if (exc.is_none())
        return;
    if (!is_group(vm, exc)) {
        out.insert(exc.as_object());
        return;
    }
    Tuple* items = group_exceptions(exc);
    for (std::size_t i = 0; i < items->size; ++i) collect_leaves(vm, items->items[i], out);
}

// The part of `group` whose leaves are among `leaves` (CPython: exception_group_projection)
Result<void> project(VM& vm, Value const& exc, std::unordered_set<Object*> const& leaves, Value& match) {
    match = Value::none();
    if (!is_group(vm, exc)) {
        if (leaves.count(exc.as_object()))
            match = exc;
        return {};
    }
    ValueVector kept;
    Tuple* items = group_exceptions(exc);
    for (std::size_t i = 0; i < items->size; ++i) {
        Value part;
        TRY(project(vm, items->items[i], leaves, part));
        if (!part.is_none()) kept.push_back(part);
    }
    match = TRY(group_subset(vm, exc, kept));
    return {};
}

// Whether `a` is `b` re-raised: same notes, traceback, cause and context (CPython: is_same_exception_metadata)
bool same_metadata(VM& vm, Value const& a, Value const& b) {
    Exception* x = as<Exception>(a);
    Exception* y = as<Exception>(b);
    auto notes = [&](Exception* e) {
        return e->dict ? dict_get_str(e->dict.get(), vm.intern("__notes__")) : Value();
    };
    if (x->traceback.size() != y->traceback.size())
        return false;
    for (std::size_t i = 0; i < x->traceback.size(); ++i)
        if (x->traceback[i].code.get() != y->traceback[i].code.get() || x->traceback[i].offset != y->traceback[i].offset)
            return false;
    return notes(x).is(notes(y)) && x->cause.is(y->cause) && x->context.is(y->context);
}

} // namespace

// except*'s test of one handler (CPython: exception_group_match): the whole exception if it matches (a bare one
// wrapped in an ExceptionGroup), else the matching part of a group, and what is left
Result<void> VM::exception_group_match(Value const& exc, Value const& type, Value& match, Value& rest) {
    auto check = [&](Value const& t) -> Result<void> {
        if (!(t.is_object() && type_of(t)->layout == Layout::Type && as<Type>(t)->is_base_exception))
            return raise(types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        if (as<Type>(t)->is_subtype_of(types.BaseExceptionGroup))
            return raise(types.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return {};
    };
    if (type.is_object() && type_of(type)->layout == Layout::Tuple) {
        Tuple* t = as<Tuple>(type);
        for (std::size_t i = 0; i < t->size; ++i) TRY(check(t->items[i]));
    } else {
        TRY(check(type));
    }
    if (exc.is_none()) {
        match = Value::none();
        rest = Value::none();
        return {};
    }
    Matcher m{type, Value()};
    if (TRY(matches(*this, m, exc))) {
        if (is_group(*this, exc)) {
            match = exc;
        } else {
            auto items = new_tuple(1);
            items->items[0] = exc;
            Value args[2] = {Value::borrowed(empty_str.get()), items.take_value()};
            match = TRY(call(Value::borrowed(types.BaseExceptionGroup), args, 2));
            as<Exception>(match)->traceback = as<Exception>(exc)->traceback;
        }
        rest = Value::none();
        return {};
    }
    if (is_group(*this, exc)) {
        TRY(split_recursive(*this, exc, m, true, match, rest));
        return {};
    }
    match = Value::none();
    rest = exc;
    return {};
}

// The exception an except* statement raises at its end, from the original one and what its handlers raised or
// left unmatched (None entries are skipped) (CPython: _PyExc_PrepReraiseStar)
Result<Value> VM::prepare_reraise_star(Value const& orig, List* raised) {
    ValueVector excs;
    for (Value const& e : raised->items) excs.push_back(e);
    if (excs.empty())
        return Value::none();
    if (!is_group(*this, orig)) {
        // a bare exception was caught (wrapped): one handler at most ran
        return excs[0];
    }
    ValueVector new_raised, reraised;
    for (Value const& e : excs) {
        if (e.is_none())
            continue;
        (same_metadata(*this, e, orig) ? reraised : new_raised).push_back(e);
    }
    std::unordered_set<Object*> leaves;
    for (Value const& e : reraised) collect_leaves(*this, e, leaves);
    Value reraised_group;
    TRY(project(*this, orig, leaves, reraised_group));
    if (new_raised.empty())
        return reraised_group;
    if (!reraised_group.is_none())
        new_raised.push_back(reraised_group);
    if (new_raised.size() == 1)
        return new_raised[0];
    Ref<List> list = new_list();
    list->items = std::move(new_raised);
    Value args[2] = {Value::borrowed(empty_str.get()), list.take_value()};
    return call(Value::borrowed(types.BaseExceptionGroup), args, 2);
}

// ExceptionGroup derives from BaseExceptionGroup and Exception: exceptions.def gives it the first base only
void init_exception_group_types(VM& vm) {
    Type* eg = vm.types.ExceptionGroup;
    eg->bases.push_back(Ref<Type>::borrowed(vm.types.Exception));
    eg->mro.clear();
    for (Type* t : {eg, vm.types.BaseExceptionGroup, vm.types.Exception, vm.types.BaseException, vm.types.object})
        eg->mro.push_back(Ref<Type>::borrowed(t));
    for (Type* t : {vm.types.BaseExceptionGroup, vm.types.ExceptionGroup})
        t->construct = group_construct;
    vm.types.BaseExceptionGroup->slots.members = group_members;
    add_methods(vm, vm.types.BaseExceptionGroup, {
        {"__str__", group_str, Args::none()}, {"derive", group_derive, Args::one()},
        {"split", group_split, Args::one()}, {"subgroup", group_subgroup, Args::one()},
    });
}

} // namespace weft::rt
