// Scope analysis (CPython: Python/symtable.c): which names of each scope are local, global, free or cell.
// One Scope per module, class body, function, lambda and comprehension, keyed by the AST node.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interpreter/ast.hpp"

namespace weft::front {

enum class ScopeKind : std::uint8_t { Module, Class, Function };

// Where a name lives, after analysis.
enum class NameScope : std::uint8_t {
    Local,           // a fast local (function) or a locals-dict entry (module, class)
    GlobalExplicit,  // declared `global`
    GlobalImplicit,  // not bound here nor in an enclosing function
    Free,            // bound in an enclosing function
    Cell,            // local here and captured by an inner function
};

// A name as the class `private_name` sees it (CPython: _Py_Mangle in Python/compile.c): inside a class body,
// and the functions and comprehensions in it, `__spam` (two leading underscores, not ending in two, no dot)
// becomes `_Class__spam`, the class name stripped of its leading underscores. Other names are kept.
std::string mangle_private_name(std::string const& private_name, std::string const& name);

struct Scope {
    ScopeKind kind = ScopeKind::Function;
    std::string name;
    Scope* parent = nullptr;
    std::vector<Scope*> children;
    // name -> DEF_* flags collected from the body
    std::map<std::string, unsigned> flags;
    // the names of `flags` in the order the body first mentions them (CPython's symtable dict order), which
    // is the order of co_varnames after the parameters
    std::vector<std::string> order;
    std::vector<std::string> params;      // in order; parameters are locals first
    std::map<std::string, SourceLocation> nonlocal_at;  // where each `nonlocal` name was declared
    std::unordered_map<std::string, NameScope> resolved;
    bool is_generator = false;
    bool is_coroutine = false;
    bool is_comprehension = false;
    bool comp_iter_target = false;  // while visiting a comprehension's loop target
    int comp_iter_expr = 0;         // while visiting a comprehension's iterable (no assignment expressions there)
    bool needs_class_cell = false;        // class scope: some method uses super() or __class__
    bool child_needs_class_cell = false;  // function scope: uses super() or __class__
    Node const* node = nullptr;

    NameScope lookup(std::string const& name) const;
    // The DEF_* flags of `id`, entered (as 0) in first-mention order when new.
    unsigned& flag(std::string const& id) {
        auto [it, inserted] = flags.try_emplace(id, 0u);
        if (inserted) order.push_back(id);
        return it->second;
    }
};

enum : unsigned {
    DefLocal = 1,       // assigned, imported, def/class name, loop/with/except target
    DefParam = 2,
    DefGlobal = 4,
    DefNonlocal = 8,
    DefUse = 16,
    DefFreeClass = 32,  // free in a class body (goes through to a method)
    DefCompIter = 64,   // a comprehension's loop variable
};

class SymbolTable {
public:
    // Builds scopes for the module; returns false and sets `error` on a scope error
    // ("name 'x' is assigned to before global declaration", "no binding for nonlocal 'x' found", ...).
    bool build(Module const& module, SyntaxErrorReport& error);

    Scope* scope_for(Node const* node) const;
    Scope* module_scope() const { return m_module; }

private:
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::unordered_map<Node const*, Scope*> m_by_node;
    Scope* m_module = nullptr;

    friend class ScopeBuilder;
};

} // namespace weft::front
