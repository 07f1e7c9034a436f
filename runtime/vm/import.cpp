// Modules: running source as a module (the main script, imported .py files), the import statement
// (the builtin modules of the VM's configuration, then .py files along its module path), __build_class__
// and the small helpers the dispatch loop needs for imports, f-string formatting and the REPL display.

#include <unistd.h>

#include <climits>

#include "interpreter/code_serial.hpp"
#include "interpreter/code_unit.hpp"
#include "interpreter/compile.hpp"
#include "interpreter/source.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/import.hpp"
#include "runtime/vm/traceback.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


ModuleDef const* VM::find_builtin_module(std::string_view name) const {
    for (std::span<ModuleDef const> table : {m_config.modules, std::span<ModuleDef const>(m_config.host_modules)})
        for (ModuleDef const& m : table)
            if (m.name == name)
                return &m;
    return nullptr;
}

namespace {

void forget_module(VM& vm, Str* name) {
    std::int64_t ix = vm.modules->table.find_str(name, name->get_hash());
    if (ix >= 0)
        vm.modules->table.remove_at(ix, nullptr, nullptr);
}

// A builtin module: registered in sys.modules first (so that its weft part can import itself, and a circular
// import finds it, as CPython's import does), then its native part fills it and its weft part runs in it.
Result<Value> load_builtin_module(VM& vm, ModuleDef const& def, Str* name) {
    Ref<Module> module = vm.new_module(def.name);
    dict_set_str(vm, module->dict.get(), vm.names.dunder_builtins, vm.builtins.value());
    dict_set_str(vm, vm.modules.get(), name, module.value());
    // a builtin package (collections, with collections.abc) has a __path__, so `from collections import abc`
    // imports the submodule; its list is empty: nothing of it is a file
    std::string prefix = std::string(def.name) + ".";
    bool package = false;
    for (std::span<ModuleDef const> table : {vm.config().modules, std::span<ModuleDef const>(vm.config().host_modules)})
        for (ModuleDef const& other : table)
            package = package || std::string_view(other.name).starts_with(prefix);
    if (package)
        dict_set_str(vm, module->dict.get(), vm.intern("__path__"), vm.new_list().take_value());
    Result<void> done = def.init ? def.init(vm, *module) : Result<void>{};
    if (!done.is_error() && def.source) {
        std::string filename = "<frozen " + std::string(def.name) + ">";
        Result<Value> fn = def.code ? vm.load_frozen_code(filename, def.source, std::string_view(def.code, *def.code_size),
                                                          module->dict)
                                    : vm.compile_source(filename, def.source, module->dict);
        if (fn.is_error() || vm.run_module_code(as<Function>(fn.value())).is_error())
            done = Raised{};
    }
    vm.type_cache.invalidate();  // a module may have given builtin types attributes
    if (done.is_error()) {
        forget_module(vm, name);
        return Raised{};
    }
    return module.take_value();
}

} // namespace

Ref<Module> VM::new_module(std::string_view name) {
    auto m = make<Module>(types.module);
    m->name = make_str(name);
    m->dict = new_dict();
    dict_set_str(*this, m->dict.get(), names.dunder_name, m->name.value());
    dict_set_str(*this, m->dict.get(), names.dunder_doc, Value::none());
    gc().track(m.get());
    return m;
}

Result<Value> VM::compile_source(std::string const& filename, std::string source, Ref<Dict> globals,
                                 front::CompileMode mode, front::CompileFlags flags) {
    // CPython 3.11.2 reads source as a C string: a file's text ends at its first NUL (compile(), exec() and eval()
    // refuse one before this: builtins.cpp source_text)
    if (std::size_t nul = source.find('\0'); nul != std::string::npos)
        source.resize(nul);
    auto file = std::make_shared<front::SourceFile>(filename, std::move(source));
    flags.stack_limit = m_thread->stack_limit;
    flags.max_str_digits = int_max_str_digits;
    front::CompileResult compiled = front::compile(file, mode, flags);
    if (!compiled.code) {
        // an incomplete statement is reported as the error it is on its own (a REPL asks before compiling)
        front::SyntaxErrorReport report = compiled.error ? *compiled.error : front::SyntaxErrorReport{};
        if (compiled.incomplete && flags.allow_incomplete_input) {
            report.message = "incomplete input";
        } else if (compiled.incomplete) {
            front::CompileResult exec = front::compile(file, front::CompileMode::Exec, flags);
            if (exec.error) report = *exec.error;
        }
        return raise_value(make_syntax_error(*this, report, *file));
    }
    if (!compiled.warnings.empty()) {
        // issued through the warnings module, so that its filters apply; one raised as an error is the SyntaxError
        // CPython makes of it (compiler_warn)
        Value warnings_module = TRY(import_module(intern("warnings")));
        Value warn_explicit = TRY(getattr(warnings_module, intern("warn_explicit")));
        for (front::CompileWarning const& w : compiled.warnings) {
            Value args[4] = {new_str(w.message), Value::borrowed(types.SyntaxWarning), new_str(filename), Value::from_int(w.line)};
            if (call(warn_explicit, args, 4).is_error()) {
                if (!exception_matches(types.SyntaxWarning)) return Raised{};
                take_exception();
                front::SyntaxErrorReport report;
                report.message = w.message;
                report.location = {w.line, -1, w.line, -1};
                return raise_value(make_syntax_error(*this, report, *file));
            }
        }
    }
    Ref<CodeObject> code = load_code(compiled.code);
    return make_function(*this, code.get(), globals.get(), builtins.get());
}

// A module's bytecode compiled at build time (interpreter/freeze): its code units, their lines from `source`
Result<Value> VM::load_frozen_code(std::string const& filename, std::string source, std::string_view code, Ref<Dict> globals) {
    auto file = std::make_shared<front::SourceFile>(filename, std::move(source));
    std::shared_ptr<front::CodeUnit> unit = front::deserialize_code(code, file);
    if (!unit)
        return raise(types.ImportError, "bad bytecode for {}", filename);
    Ref<CodeObject> loaded = load_code(unit);
    return make_function(*this, loaded.get(), globals.get(), builtins.get());
}

// Runs module-level code: a frame whose locals are the globals dict.
Result<Value> VM::run_module_code(Function* fn) { return run_code(fn, fn->globals.get()); }

Result<Value> VM::run_code(Function* fn, Dict* locals) {
    Frame* frame = push_frame(fn);
    frame->locals = locals;
    incref(frame->locals);
    frame->flags |= FrameEntry;
    RunResult r = execute(frame);
    if (r.kind == FrameExit::Raised)
        return Raised{};
    return std::move(r.value);
}

Ref<Module> VM::create_main_module(std::string const& path, bool has_file) {
    Ref<Module> main = new_module("__main__");
    // The names CPython's __main__ starts with, in its order (runpy and pymain_run_file). There is no import
    // machinery here, so __loader__ and __spec__ are None (CPython: a SourceFileLoader, and None).
    Dict* g = main->dict.get();
    dict_set_str(*this, g, names.dunder_package, Value::none());
    dict_set_str(*this, g, names.dunder_loader, Value::none());
    dict_set_str(*this, g, names.dunder_spec, Value::none());
    dict_set_str(*this, g, names.dunder_annotations, new_dict().take_value());
    // __main__'s __builtins__ is the builtins module (other modules get its dict, as in CPython)
    Value builtins_module = dict_get_str(modules.get(), intern("builtins"));
    dict_set_str(*this, g, names.dunder_builtins, builtins_module.is_null() ? builtins.value() : builtins_module);
    if (has_file)
        dict_set_str(*this, g, names.dunder_file, new_str(path));
    dict_set_str(*this, g, names.dunder_cached, Value::none());
    dict_set_str(*this, modules.get(), names.dunder_main, main.value());
    return main;
}

Result<Value> VM::run_main(std::string const& path, std::string source, bool has_file) {
    Ref<Module> main = create_main_module(path, has_file);
    Value fn = TRY(compile_source(path, std::move(source), main->dict));
    return run_module_code(as<Function>(fn));
}

namespace {

// Where module `name` (its last component) is in `dirs`: dir/name/__init__.py (a package) or dir/name.py
// (CPython: FileFinder.find_spec)
struct Found {
    std::string file;
    std::string package_dir;  // a package's directory (its __path__), or empty
};

// Where modules written as .py files are looked for: sys.path as the program left it (a script may insert a
// directory), its str entries; the configured path before sys exists (CPython: PathFinder reads sys.path).
std::vector<std::string> search_path(VM& vm) {
    Value sys = dict_get_str(vm.modules.get(), vm.intern("sys"));
    if (sys.is_null() || vm.type_of(sys)->layout != Layout::Module) return vm.config().module_path;
    Value path = dict_get_str(as<Module>(sys)->dict.get(), vm.intern("path"));
    if (path.is_null() || vm.type_of(path)->layout != Layout::List) return vm.config().module_path;
    std::vector<std::string> dirs;
    for (Value const& entry : as<List>(path)->items)
        if (layout_of(entry) == Layout::Str) dirs.emplace_back(as<Str>(entry)->view());
    return dirs;
}

Found find_module_file(std::vector<std::string> const& dirs, std::string_view name) {
    for (std::string const& dir : dirs) {
        std::string base = dir;
        if (base.empty()) {
            char cwd[PATH_MAX + 1];
            base = ::getcwd(cwd, sizeof cwd) ? cwd : ".";
        }
        std::string package = base + "/" + std::string(name);
        std::string init = package + "/__init__.py";
        if (::access(init.c_str(), R_OK) == 0)
            return {init, package};
        std::string path = base + "/" + std::string(name) + ".py";
        if (::access(path.c_str(), R_OK) == 0)
            return {path, {}};
    }
    return {};
}

// ModuleNotFoundError("No module named 'x'") with its name attribute set
Raised raise_module_not_found(VM& vm, std::string_view name, std::string message) {
    Value msg = vm.new_str(message);
    Result<Value> exc = vm.new_exception(vm.types.ModuleNotFoundError, &msg, 1);
    if (exc.is_error())
        return Raised{};
    TRY(vm.setattr(exc.value(), vm.intern("name"), vm.new_str(name)));
    return vm.raise_value(exc.value());
}

// The directories of a package's __path__
std::vector<std::string> package_path(VM& vm, Value const& package) {
    std::vector<std::string> dirs;
    Value path = as<Module>(package)->dict ? dict_get_str(as<Module>(package)->dict.get(), vm.intern("__path__")) : Value();
    if (path.is_object() && vm.type_of(path)->layout == Layout::List)
        for (Value const& d : as<List>(path)->items)
            if (d.is_object() && vm.type_of(d)->layout == Layout::Str) dirs.emplace_back(as<Str>(d)->view());
    return dirs;
}

} // namespace

// Imports the module of absolute name `name`, its parent packages first (CPython: importlib._bootstrap's
// _find_and_load): a builtin module, or a .py file or package along the module path (for a submodule, along the
// parent's __path__). The module is bound as an attribute of its parent.
Result<Value> VM::import_module(Str* name) {
    Value existing = dict_get_str(modules.get(), name);
    if (!existing.is_null())
        return existing;
    std::string_view n = name->view();
    std::size_t dot = n.rfind('.');
    Value parent;
    std::vector<std::string> dirs = search_path(*this);
    if (dot != std::string_view::npos) {
        parent = TRY(import_module(intern(n.substr(0, dot))));
        existing = dict_get_str(modules.get(), name);  // the parent's import may have imported it
        if (!existing.is_null())
            return existing;
        if (ModuleDef const* def = find_builtin_module(n)) {  // a builtin submodule (collections.abc)
            Value module = TRY(load_builtin_module(*this, *def, name));
            TRY(setattr(parent, intern(n.substr(dot + 1)), module));
            return module;
        }
        if (type_of(parent)->layout != Layout::Module || dict_get_str(as<Module>(parent)->dict.get(), intern("__path__")).is_null())
            return raise_module_not_found(*this, n, format("No module named '{}'; '{}' is not a package", n, n.substr(0, dot)));
        dirs = package_path(*this, parent);
    } else if (ModuleDef const* def = find_builtin_module(n)) {
        return load_builtin_module(*this, *def, name);
    }
    std::string_view last = dot == std::string_view::npos ? n : n.substr(dot + 1);
    Found found = find_module_file(dirs, last);
    std::string text;
    if (found.file.empty() || front::read_source_file(found.file, text) != 0)
        return raise_module_not_found(*this, n, format("No module named '{}'", n));
    if (std::string unknown; !front::apply_declared_encoding(text, unknown)) {
        // CPython: "unknown encoding" at line 0 of the module's file
        front::SyntaxErrorReport report;
        report.message = "unknown encoding: " + unknown;
        report.location = {0, -1, 0, -1};
        front::SourceFile source(found.file, "");
        Value exc = make_syntax_error(*this, report, source);
        if (exc.is_null()) return Raised{};
        return raise_value(std::move(exc));
    }
    Ref<Module> module = new_module(n);
    Dict* d = module->dict.get();
    dict_set_str(*this, d, names.dunder_package, found.package_dir.empty() ? new_str(dot == std::string_view::npos ? "" : n.substr(0, dot))
                                                                            : Value::borrowed(name));
    dict_set_str(*this, d, names.dunder_loader, Value::none());
    dict_set_str(*this, d, names.dunder_spec, Value::none());
    if (!found.package_dir.empty()) {
        auto path = new_list();
        path->items.push_back(new_str(found.package_dir));
        dict_set_str(*this, d, intern("__path__"), path.take_value());
    }
    dict_set_str(*this, d, names.dunder_file, new_str(found.file));
    dict_set_str(*this, d, names.dunder_cached, Value::none());
    dict_set_str(*this, d, names.dunder_builtins, builtins.value());
    dict_set_str(*this, modules.get(), name, module.value());
    m_initializing.push_back(module.get());
    Result<Value> fn = compile_source(found.file, std::move(text), module->dict);
    bool failed = fn.is_error() || run_module_code(as<Function>(fn.value())).is_error();
    m_initializing.pop_back();
    if (failed) {
        forget_module(*this, name);
        return Raised{};
    }
    // the module in sys.modules at the end is the result (a module may replace itself there)
    Value result = dict_get_str(modules.get(), name);
    if (result.is_null())
        return raise(types.ImportError, "Loaded module {} not found in sys.modules", n);
    if (!parent.is_null())
        TRY(setattr(parent, intern(last), result));
    return result;
}

// The import statement (IMPORT_NAME) and __import__: resolves a relative name against the importing module's
// __package__ (or __name__), imports it, and gives back what the statement binds: the top package for
// `import a.b`, the module itself when names are imported from it (whose submodules among them are imported)
// (CPython: importlib._bootstrap.__import__, _resolve_name, _handle_fromlist).
Result<Value> VM::import_name(Str* name, Dict* globals, Value const& fromlist, std::int64_t level, bool by_script) {
    std::string absolute(name->view());
    if (level > 0) {
        Value package = globals ? dict_get_str(globals, names.dunder_package) : Value();
        std::string base;
        if (package.is_object() && type_of(package)->layout == Layout::Str) {
            base = std::string(as<Str>(package)->view());
        } else if (globals) {
            Value module_name = dict_get_str(globals, names.dunder_name);
            if (module_name.is_object() && type_of(module_name)->layout == Layout::Str) {
                base = std::string(as<Str>(module_name)->view());
                if (dict_get_str(globals, intern("__path__")).is_null()) {
                    std::size_t dot = base.rfind('.');
                    base = dot == std::string::npos ? "" : base.substr(0, dot);
                }
            }
        }
        if (base.empty())
            return raise(types.ImportError, "attempted relative import with no known parent package");
        for (std::int64_t i = 1; i < level; ++i) {
            std::size_t dot = base.rfind('.');
            if (dot == std::string::npos)
                return raise(types.ImportError, "attempted relative import beyond top-level package");
            base = base.substr(0, dot);
        }
        absolute = absolute.empty() ? base : base + "." + absolute;
    } else if (absolute.empty()) {
        return raise(types.ValueError, "Empty module name");
    }
    if (by_script && m_config.import_allowed && !m_config.import_allowed(absolute))
        return raise(types.ImportError, "import of '{}' is not allowed here", absolute);
    Value module = TRY(import_module(intern(absolute)));
    bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && TRY(truthy(fromlist));
    if (!has_fromlist) {
        std::string_view requested = name->view();
        if (level == 0) {
            std::size_t dot = requested.find('.');
            return dot == std::string_view::npos ? module : import_module(intern(requested.substr(0, dot)));
        }
        if (requested.empty())
            return module;
        // from the relative name, the package it starts at
        std::string_view first = requested.substr(0, requested.find('.'));
        std::string top = absolute.substr(0, absolute.size() - (requested.size() - first.size()));
        return import_module(intern(top));
    }
    // from package import submodule: import the submodules the names stand for
    if (type_of(module)->layout == Layout::Module && !dict_get_str(as<Module>(module)->dict.get(), intern("__path__")).is_null()) {
        ValueVector wanted = TRY(to_vector(fromlist));
        for (Value const& item : wanted) {
            if (!item.is_object() || type_of(item)->layout != Layout::Str || as<Str>(item)->view() == "*")
                continue;
            if (!dict_get_str(as<Module>(module)->dict.get(), as<Str>(item)).is_null())
                continue;
            std::string sub = absolute + "." + std::string(as<Str>(item)->view());
            Result<Value> r = import_module(intern(sub));
            if (r.is_error()) {
                // a name that is no submodule is reported by IMPORT_FROM instead
                if (exception_matches(types.ModuleNotFoundError)) {
                    Value exc = take_exception();
                    Value exc_name = TRY(getattr_opt(exc, intern("name")));
                    if (!(exc_name.is_object() && type_of(exc_name)->layout == Layout::Str && as<Str>(exc_name)->view() == sub)) {
                        restore_exception(exc);
                        return Raised{};
                    }
                    continue;
                }
                return Raised{};
            }
        }
    }
    return module;
}

// from module import name: the attribute, else the submodule module.name in sys.modules, else ImportError
// (CPython: ceval.c import_from)
Result<Value> import_from(VM& vm, Value const& module, Str* name) {
    Result<Value> found = vm.getattr_opt(module, name);
    if (found.is_error()) {
        if (!vm.exception_matches(vm.types.AttributeError))  // a module __getattr__'s AttributeError: not there
            return Raised{};
        vm.take_exception();
        found = Value();
    }
    Value v = found.release_value();
    if (!v.is_null())
        return v;
    bool is_module = vm.type_of(module)->layout == Layout::Module;
    std::string mod = is_module ? std::string(as<Module>(module)->name->view()) : "?";
    if (is_module) {
        Value sub = dict_get_str(vm.modules.get(), vm.intern(mod + "." + std::string(name->view())));
        if (!sub.is_null())
            return sub;
    }
    Value file = is_module ? dict_get_str(as<Module>(module)->dict.get(), vm.names.dunder_file) : Value();
    std::string where = file.is_object() ? std::string(as<Str>(file)->view()) : "unknown location";
    if (is_module && vm.module_initializing(as<Module>(module)))
        return vm.raise(vm.types.ImportError,
                        "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                        name->view(), mod, where);
    return vm.raise(vm.types.ImportError, "cannot import name '{}' from '{}' ({})", name->view(), mod, where);
}

// from x import *: the names of x.__all__, or of x.__dict__ but those with a leading underscore, each as
// getattr(x, name) gives it; x may be any object (CPython: import_all_from)
Result<void> import_star(VM& vm, Value const& module, Dict* locals) {
    Value all = TRY(vm.getattr_opt(module, vm.names.dunder_all));
    bool skip_private = false;
    Value name_value = TRY(vm.getattr_opt(module, vm.names.dunder_name));
    std::string module_name = layout_of(name_value) == Layout::Str ? std::string(as<Str>(name_value)->view()) : "";
    if (all.is_null()) {
        Value d = TRY(vm.getattr_opt(module, vm.names.dunder_dict));
        if (d.is_null())
            return vm.raise(vm.types.ImportError, "from-import-* object has no __dict__ and no __all__");
        Ref<List> keys = vm.new_list();
        if (vm.type_of(d)->layout == Layout::Dict) {
            for (auto const& e : as<Dict>(d)->table.entries())
                if (!e.key.is_null()) keys->items.push_back(e.key);
        } else {
            Value k = TRY(vm.call_method(d, vm.names.keys, nullptr, 0));
            keys->items = TRY(vm.to_vector(k));
        }
        all = keys.take_value();
        skip_private = true;
    }
    ValueVector names = TRY(vm.to_vector(all));
    for (Value const& n : names) {
        if (vm.type_of(n)->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "{} in {}.{} must be str, not {}", skip_private ? "Key" : "Item", module_name,
                            skip_private ? "__dict__" : "__all__", vm.type_of(n)->name->view());
        if (skip_private && as<Str>(n)->view().starts_with("_")) continue;
        Value v = TRY(vm.getattr(module, as<Str>(n)));
        dict_set_str(vm, locals, vm.intern(as<Str>(n)->view()), v);
    }
    return {};
}

Result<Value> format_value(VM& vm, Value const& v, int conversion, Value const& spec) {
    Value x = v;
    switch (conversion) {
    case 1: x = TRY(vm.str(v)); break;
    case 2: x = TRY(vm.repr(v)); break;
    case 3: x = TRY(vm.ascii(v)); break;
    default: break;
    }
    if (spec.is_null()) {
        if (x.is_object() && vm.type_of(x) == vm.types.str) return x;
        return vm.format_with_spec(x, vm.empty_str.value());
    }
    return vm.format_with_spec(x, spec);
}

void print_expression(VM& vm, Value const& v) {
    if (v.is_none()) return;
    Result<std::string> r = vm.repr_string(v);
    if (r.is_error()) return;
    (void)vm.write_stdout(r.value() + "\n");
    dict_set_str(vm, vm.builtins.get(), vm.intern("_"), v);
}

// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) (CPython: builtin___build_class__): picks
// the metaclass, asks it for the namespace (__prepare__), runs the class body in it, and calls the metaclass.
Result<Value> builtin_build_class(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - nkw;
    if (npos < 2)
        return vm.raise(vm.types.TypeError, "__build_class__: not enough arguments");
    Function* body = as<Function>(args[0]);
    Str* name = as<Str>(args[1]);
    auto bases = vm.new_tuple(npos - 2);
    for (std::size_t i = 2; i < npos; ++i) bases->items[i - 2] = args[i];
    // a base that is not a class may stand for others: its __mro_entries__(bases) (CPython: update_bases;
    // the bases as written become __orig_bases__)
    Ref<Tuple> orig_bases;
    {
        ValueVector resolved;
        bool changed = false;
        for (std::size_t i = 0; i < bases->size; ++i) {
            Value b = bases->items[i];
            Value entries = b.is_object() && vm.type_of(b)->layout == Layout::Type
                                ? Value()
                                : TRY(vm.getattr_opt(b, vm.intern("__mro_entries__")));
            if (entries.is_null()) {
                resolved.push_back(b);
                continue;
            }
            Value r = TRY(vm.call1(entries, bases.value()));
            if (!r.is_object() || vm.type_of(r)->layout != Layout::Tuple)
                return vm.raise(vm.types.TypeError, "__mro_entries__ must return a tuple");
            for (std::size_t k = 0; k < as<Tuple>(r)->size; ++k) resolved.push_back(as<Tuple>(r)->items[k]);
            changed = true;
        }
        if (changed) {
            orig_bases = bases;
            bases = vm.new_tuple(resolved.size());
            for (std::size_t i = 0; i < resolved.size(); ++i) bases->items[i] = resolved[i];
        }
    }
    Value meta;
    ValueVector kw_values;
    ValueVector kw_names;
    for (std::size_t i = 0; i < nkw; ++i) {
        if (as<Str>(kwnames->items[i])->view() == "metaclass") {
            meta = args[npos + i];
        } else {
            kw_names.push_back(kwnames->items[i]);
            kw_values.push_back(args[npos + i]);
        }
    }
    if (meta.is_null())
        meta = Value::borrowed(bases->size > 0 ? vm.type_of(bases->items[0]) : vm.types.type);
    if (vm.type_of(meta)->layout == Layout::Type) {
        Type* winner = calculate_metaclass(vm, as<Type>(meta), bases.get());
        if (!winner)
            return Raised{};
        meta = Value::borrowed(winner);
    }
    Ref<Tuple> extra_names;
    if (!kw_names.empty()) {
        extra_names = vm.new_tuple(kw_names.size());
        for (std::size_t i = 0; i < kw_names.size(); ++i) extra_names->items[i] = kw_names[i];
    }
    // namespace = metaclass.__prepare__(name, bases, **kwds)
    Ref<Dict> ns;
    bool plain_type = meta.is(Value::borrowed(vm.types.type));
    if (!plain_type) {
        Value prepare = TRY(vm.getattr_opt(meta, vm.intern("__prepare__")));
        if (!prepare.is_null()) {
            ValueVector pargs{Value::borrowed(name), bases.value()};
            pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
            Value r = TRY(vm.call(prepare, pargs.data(), pargs.size(), extra_names.get()));
            if (!r.is_object() || vm.type_of(r)->layout != Layout::Dict)
                return vm.raise(vm.types.TypeError, "{}.__prepare__() must return a dict (weft runs class bodies in dicts), not {}",
                                vm.type_of(meta)->layout == Layout::Type ? as<Type>(meta)->name->view() : "<metaclass>",
                                vm.type_of(r)->name->view());
            ns = Ref<Dict>::borrowed(as<Dict>(r));
        }
    }
    if (!ns)
        ns = vm.new_dict();
    Frame* frame = vm.push_frame(body);
    if (vm.bind_arguments(body, frame, nullptr, 0, nullptr).is_error()) {
        vm.pop_frame(frame);
        return Raised{};
    }
    frame->locals = ns.get();
    incref(frame->locals);
    frame->flags |= FrameEntry;
    RunResult r = vm.execute(frame);
    if (r.kind == FrameExit::Raised)
        return Raised{};
    if (orig_bases)
        TRY(vm.setitem(ns.value(), Value::borrowed(vm.intern("__orig_bases__")), orig_bases.value()));
    Value cls;
    if (plain_type) {
        Ref<Dict> kwargs;
        if (!kw_names.empty()) {
            kwargs = vm.new_dict();
            for (std::size_t i = 0; i < kw_names.size(); ++i) dict_set_str(vm, kwargs.get(), as<Str>(kw_names[i]), kw_values[i]);
        }
        cls = TRY(create_class(vm, vm.types.type, name, bases.get(), ns.get(), kwargs.get()));
    } else {
        ValueVector margs{Value::borrowed(name), bases.value(), ns.value()};
        margs.insert(margs.end(), kw_values.begin(), kw_values.end());
        cls = TRY(vm.call(meta, margs.data(), margs.size(), extra_names.get()));
    }
    if (r.value.is_object() && vm.type_of(r.value)->layout == Layout::Cell && as<Cell>(r.value)->contents.is_null())
        as<Cell>(r.value)->contents = cls;
    return cls;
}

} // namespace weft::rt
