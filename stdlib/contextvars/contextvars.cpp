// contextvars: ContextVar, Context, Token and copy_context (CPython: Python/context.c, PEP 567).
//
// A Context maps variables to values. Its mapping is never changed in place: ContextVar.set gives the context a new
// mapping, so copy_context() and each new task share their creator's mapping for free (CPython uses a HAMT for the
// same reason; programs hold a handful of variables, so a small dict copied on set serves). The VM names the current
// context in `vm.current_context`; null stands for an empty context not made yet, so programs that never use
// contextvars pay nothing: the event loop gives every task and callback its own (runtime/sched/event_loop.cpp).
#include <cstdio>

#include "runtime/gc.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

char const context_key = 0;  // module_type(): Context
char const var_key = 0;      //                ContextVar
char const token_key = 0;    //                Token

struct Context final : NativeObject {
    Ref<Dict> vars;  // null: empty; replaced, never changed, once made
    bool entered = false;
    explicit Context(Type* t) : NativeObject(t) {}
    void traverse(GcVisitor& v) override { v.visit(vars); }
    void clear_references() override { vars = nullptr; }
};

struct ContextVar final : NativeObject {
    Value name;
    Value default_value;  // null: none
    explicit ContextVar(Type* t) : NativeObject(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(name);
        v.visit(default_value);
    }
    void clear_references() override { default_value.clear(); }
};

struct Token final : NativeObject {
    Ref<Context> context;
    Ref<ContextVar> var;
    Value old_value;  // null: Token.MISSING
    bool used = false;
    explicit Token(Type* t) : NativeObject(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(context);
        v.visit(var);
        v.visit(old_value);
    }
    void clear_references() override {
        context = nullptr;
        old_value.clear();
    }
};

bool is_a(VM& vm, Value const& v, void const* key) {
    return v.is_object() && vm.type_of(v) == vm.module_type(key);
}

Ref<Context> new_context(VM& vm, Ref<Dict> vars) {
    auto c = make<Context>(vm.module_type(&context_key));
    c->vars = std::move(vars);
    vm.gc().track(c.get());
    return c;
}

// The current context, made now if the program never had one
Context* current_context(VM& vm) {
    if (vm.current_context.is_null())
        vm.current_context = new_context(vm, nullptr).take_value();
    return static_cast<Context*>(vm.current_context.as_object());
}

// What the event loop asks for a new task or callback: a copy of `context` (CPython: PyContext_CopyCurrent)
Value copy_context_of(VM& vm, Value const& context) {
    if (context.is_null())
        return Value();
    return new_context(vm, static_cast<Context*>(context.as_object())->vars).take_value();
}

std::string address(void const* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

// ---- Context

Result<Value> context_construct(VM& vm, Value const*, std::size_t nargs, Tuple* kwnames) {
    if (nargs > 1 || kwnames)
        return vm.raise(vm.types.TypeError, "Context() does not accept any arguments");
    return new_context(vm, nullptr).take_value();
}

Context* self_context(Value const& v) { return static_cast<Context*>(v.as_object()); }

Result<Value> context_key_check(VM& vm, Value const& key) {
    if (!is_a(vm, key, &var_key)) {
        std::string r = TRY(vm.repr_string(key));
        return vm.raise(vm.types.TypeError, "a ContextVar key was expected, got {}", r);
    }
    return key;
}

Result<Value> context_getitem(VM& vm, Value const& self, Value const& key) {
    TRY(context_key_check(vm, key));
    Context* c = self_context(self);
    Value found = c->vars ? TRY(dict_get(vm, c->vars.get(), key)) : Value();
    if (found.is_null())
        return vm.raise_key_error(key);
    return found;
}

Result<bool> context_contains(VM& vm, Value const& self, Value const& key) {
    TRY(context_key_check(vm, key));
    Context* c = self_context(self);
    return c->vars && !TRY(dict_get(vm, c->vars.get(), key)).is_null();
}

Result<std::int64_t> context_len(VM&, Value const& self) {
    Context* c = self_context(self);
    return c->vars ? static_cast<std::int64_t>(c->vars->table.size()) : 0;
}

// The context's variables, values or pairs as a list (CPython gives views; iteration and len are what programs use)
Result<Value> context_list(VM& vm, Value const& self, int what) {
    auto list = vm.new_list();
    if (Context* c = self_context(self); c->vars) {
        for (auto const& e : c->vars->table.entries()) {
            if (e.key.is_null()) continue;
            if (what == 0) {
                list->items.push_back(e.key);
            } else if (what == 1) {
                list->items.push_back(e.value);
            } else {
                auto pair = vm.new_tuple(2);
                pair->items[0] = e.key;
                pair->items[1] = e.value;
                list->items.push_back(pair.take_value());
            }
        }
    }
    return list.take_value();
}

Result<Value> context_iter(VM& vm, Value const& self) { return vm.get_iter(TRY(context_list(vm, self, 0))); }
Result<Value> context_keys(VM& vm, Value const* args, std::size_t, Tuple*) { return context_list(vm, args[0], 0); }
Result<Value> context_values(VM& vm, Value const* args, std::size_t, Tuple*) { return context_list(vm, args[0], 1); }
Result<Value> context_items(VM& vm, Value const* args, std::size_t, Tuple*) { return context_list(vm, args[0], 2); }

Result<Value> context_get(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(context_key_check(vm, args[1]));
    Context* c = self_context(args[0]);
    Value found = c->vars ? TRY(dict_get(vm, c->vars.get(), args[1])) : Value();
    if (!found.is_null())
        return found;
    return nargs > 2 ? args[2] : Value::none();
}

Result<Value> context_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    return new_context(vm, self_context(args[0])->vars).take_value();
}

// ctx.run(callable, *args, **kwargs): the call with ctx current (CPython: context_run, _PyContext_Enter)
Result<Value> context_run(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos < 2)
        return vm.raise(vm.types.TypeError, "run() missing 1 required positional argument");
    Context* c = self_context(args[0]);
    if (c->entered) {
        std::string r = TRY(vm.repr_string(args[0]));
        return vm.raise(vm.types.RuntimeError, "cannot enter context: {} is already entered", r);
    }
    c->entered = true;
    Value outer = std::exchange(vm.current_context, args[0]);
    Result<Value> r = vm.call(args[1], args + 2, nargs - 2, kwnames);
    vm.current_context = std::move(outer);
    c->entered = false;
    return r;
}

// ---- ContextVar

Result<Value> var_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "ContextVar", args + 1, nargs - 1, kwnames, {"name", "default"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "ContextVar() missing required argument 'name' (pos 1)");
    if (!fields[0].is_object() || vm.type_of(fields[0])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "context variable name must be a str");
    auto v = make<ContextVar>(vm.module_type(&var_key));
    v->name = fields[0];
    v->default_value = fields[1];
    vm.gc().track(v.get());
    return v.take_value();
}

ContextVar* self_var(Value const& v) { return static_cast<ContextVar*>(v.as_object()); }

// var.get([default]): the value in the current context, else the default given, else the variable's, else
// LookupError naming the variable (CPython: PyContextVar_Get)
Result<Value> var_get(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    ContextVar* v = self_var(args[0]);
    if (!vm.current_context.is_null()) {
        Context* c = static_cast<Context*>(vm.current_context.as_object());
        if (c->vars) {
            Value found = TRY(dict_get(vm, c->vars.get(), args[0]));
            if (!found.is_null())
                return found;
        }
    }
    if (nargs > 1)
        return args[1];
    if (!v->default_value.is_null())
        return v->default_value;
    Value exc = TRY(vm.new_exception(vm.types.LookupError, args, 1));
    return vm.raise_value(exc);
}

// The current context's mapping with `var` set to `value`, or removed when `value` is null
Result<Ref<Dict>> with_var(VM& vm, Context* c, Value const& var, Value const& value) {
    Ref<Dict> vars = vm.new_dict();
    if (c->vars)
        for (auto const& e : c->vars->table.entries())
            if (!e.key.is_null() && !e.key.is(var)) TRY(dict_set(vm, vars.get(), e.key, e.value));
    if (!value.is_null())
        TRY(dict_set(vm, vars.get(), var, value));
    return vars;
}

Result<Value> var_set(VM& vm, Value const* args, std::size_t, Tuple*) {
    Context* c = current_context(vm);
    auto token = make<Token>(vm.module_type(&token_key));
    token->context = Ref<Context>::borrowed(c);
    token->var = Ref<ContextVar>::borrowed(self_var(args[0]));
    token->old_value = c->vars ? TRY(dict_get(vm, c->vars.get(), args[0])) : Value();
    c->vars = TRY(with_var(vm, c, args[0], args[1]));
    vm.gc().track(token.get());
    return token.take_value();
}

// var.reset(token): the value the variable had before token's set (CPython: PyContextVar_Reset)
Result<Value> var_reset(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!is_a(vm, args[1], &token_key)) {
        std::string r = TRY(vm.repr_string(args[1]));
        return vm.raise(vm.types.TypeError, "expected an instance of Token, got {}", r);
    }
    Token* t = static_cast<Token*>(args[1].as_object());
    // the token's repr is made only for an error
    auto refuse = [&](Type* type, char const* format) -> Result<Value> {
        std::string r = TRY(vm.repr_string(args[1]));
        return vm.raise(type, format, r);
    };
    if (t->used)
        return refuse(vm.types.RuntimeError, "{} has already been used once");
    if (t->var.get() != self_var(args[0]))
        return refuse(vm.types.ValueError, "{} was created by a different ContextVar");
    Context* c = current_context(vm);
    if (t->context.get() != c)
        return refuse(vm.types.ValueError, "{} was created in a different Context");
    t->used = true;
    c->vars = TRY(with_var(vm, c, args[0], t->old_value));
    return Value::none();
}

// <ContextVar name='request' default=None at 0x...> (CPython: contextvar_tp_repr)
Result<Value> var_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    ContextVar* v = self_var(args[0]);
    std::string out = "<ContextVar name=" + TRY(vm.repr_string(v->name));
    if (!v->default_value.is_null())
        out += " default=" + TRY(vm.repr_string(v->default_value));
    return vm.new_str(out + " at " + address(v) + ">");
}

Result<std::int64_t> identity_hash(VM&, Value const& self) {
    return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(self.as_object()) >> 4);
}

Value var_members(VM&, Value const& self, Str* name) {
    if (name->view() == "name") return self_var(self)->name;
    return Value();
}

// ---- Token

Value token_members(VM& vm, Value const& self, Str* name) {
    Token* t = static_cast<Token*>(self.as_object());
    if (name->view() == "var") return t->var.value();
    if (name->view() == "old_value") {
        if (!t->old_value.is_null()) return t->old_value;
        return dict_get_str(vm.module_type(&token_key)->dict.get(), vm.intern("MISSING"));
    }
    return Value();
}

// <Token var=<ContextVar name='v' at 0x...> at 0x...>, <Token used var=...> (CPython: token_tp_repr)
Result<Value> token_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Token* t = static_cast<Token*>(args[0].as_object());
    std::string out = t->used ? "<Token used var=" : "<Token var=";
    out += TRY(vm.repr_string(t->var.value()));
    return vm.new_str(out + " at " + address(t) + ">");
}

Result<Value> missing_repr(VM& vm, Value const*, std::size_t, Tuple*) { return vm.new_str("<Token.MISSING>"); }

// copy_context(): a new context with the current one's variables
Result<Value> copy_context(VM& vm, Value const*, std::size_t, Tuple*) {
    Context* c = vm.current_context.is_null() ? nullptr : static_cast<Context*>(vm.current_context.as_object());
    return new_context(vm, c ? c->vars : nullptr).take_value();
}

Type* final_type(VM& vm, char const* name) {
    Type* t = make_builtin_type(vm, name, vm.types.object, Layout::Native);
    t->module_name = "_contextvars";
    t->subclassable = false;
    return t;
}

} // namespace

Result<void> init_contextvars_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    Type* context = final_type(vm, "Context");
    context->construct = context_construct;
    context->match_kind = MatchKind::Mapping;
    context->slots.getitem = context_getitem;
    context->slots.contains = context_contains;
    context->slots.len = context_len;
    context->slots.iter = context_iter;
    context->slots.hash = hash_not_implemented;
    add_methods(vm, context, {
        {"run", context_run}, {"copy", context_copy, Args::none()}, {"get", context_get, Args::positional(1, 2)},
        {"keys", context_keys, Args::none()}, {"values", context_values, Args::none()},
        {"items", context_items, Args::none()},
    });
    vm.set_module_type(&context_key, context);

    Type* var = final_type(vm, "ContextVar");
    var->construct = var_construct;
    var->slots.hash = identity_hash;
    var->slots.members = var_members;
    add_methods(vm, var, {
        {"get", var_get, Args::positional(0, 1)}, {"set", var_set, Args::one()}, {"reset", var_reset, Args::one()},
        {"__repr__", var_repr, Args::none()},
    });
    vm.set_module_type(&var_key, var);

    Type* token = final_type(vm, "Token");
    token->slots.members = token_members;
    add_methods(vm, token, {{"__repr__", token_repr, Args::none()}});
    vm.set_module_type(&token_key, token);
    // Token.MISSING: the old value of a variable that had none
    Type* missing_type = final_type(vm, "Token.MISSING");
    missing_type->module_name = "builtins";  // CPython's tp_name is "Token.MISSING" alone
    add_methods(vm, missing_type, {{"__repr__", missing_repr, Args::none()}});
    auto missing = make<NativeObject>(missing_type);
    dict_set_str(vm, token->dict.get(), vm.intern("MISSING"), missing.take_value());

    for (auto [name, type] : {std::pair{"Context", context}, {"ContextVar", var}, {"Token", token}})
        dict_set_str(vm, d, vm.intern(name), Value::borrowed(type));
    add_function(vm, d, "copy_context", copy_context, Args::none());
    vm.copy_context = copy_context_of;
    vm.context_type = context;
    return {};
}

} // namespace weft::rt
