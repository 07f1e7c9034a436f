// Scope analysis: a walk that records bindings and uses per scope, then a resolution pass that decides
// local/global/free/cell for every name. CPython: Python/symtable.c (symtable_visit_*, analyze_block).
#include "interpreter/compile.hpp"
#include "interpreter/symtable.hpp"

#include <set>
#include <utility>

namespace weft::front {

std::string mangle_private_name(std::string const& private_name, std::string const& name) {
    if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_' ||
        (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') || name.find('.') != std::string::npos)
        return name;
    std::size_t start = private_name.find_first_not_of('_');
    if (start == std::string::npos)
        return name;  // a class named only with underscores mangles nothing
    return "_" + private_name.substr(start) + name;
}


NameScope Scope::lookup(std::string const& symbol) const {
    auto it = resolved.find(symbol);
    if (it != resolved.end())
        return it->second;
    return kind == ScopeKind::Function ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
}

Scope* SymbolTable::scope_for(Node const* node) const {
    auto it = m_by_node.find(node);
    return it == m_by_node.end() ? nullptr : it->second;
}

namespace {
struct ScopeError {
    SyntaxErrorReport report;
};
} // namespace

class ScopeBuilder {
public:
    explicit ScopeBuilder(SymbolTable& table) : m_table(table) {}

    void build_module(Module const& module) {
        Scope* scope = new_scope(ScopeKind::Module, "top", nullptr);
        m_table.m_module = scope;
        m_current = scope;
        visit_stmts(module.body);
    }

    void analyze() { analyze_scope(m_table.m_module, {}, {}); }

private:
    SymbolTable& m_table;
    Scope* m_current = nullptr;
    std::string m_private;  // the innermost enclosing class name, for private name mangling

    Scope* new_scope(ScopeKind kind, std::string name, Node const* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->parent = m_current;
        scope->node = node;
        Scope* raw = scope.get();
        if (m_current) {
            m_current->children.push_back(raw);
            raw->comp_iter_expr = m_current->comp_iter_expr;  // a lambda in an iterable is still in it (symtable_enter_block)
        }
        if (node)
            m_table.m_by_node[node] = raw;
        m_table.m_scopes.push_back(std::move(scope));
        return raw;
    }

    [[noreturn]] void error(std::string message, SourceLocation location) {
        throw ScopeError{SyntaxErrorReport{"SyntaxError", std::move(message), location}};
    }

    // `id` as this point of the tree sees it (see mangle_private_name)
    std::string mangled(std::string const& id) const { return mangle_private_name(m_private, id); }

    void add_def(std::string const& id, unsigned flag, SourceLocation location) {
        std::string const name = mangled(id);
        unsigned& f = m_current->flag(name);
        if (m_current->comp_iter_target) {
            // a comprehension's loop variable: no assignment expression in it may bind the same name
            // (CPython: symtable_add_def_helper)
            if (f & (DefGlobal | DefNonlocal))
                error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", location);
            flag |= DefCompIter;
        }
        if (flag & DefParam) {
            if (f & DefParam)
                error("duplicate argument '" + name + "' in function definition", location);
            m_current->params.push_back(name);
        }
        f |= flag;
    }

    // ---- statements ----
    void visit_stmts(StmtList const& body) {
        for (Stmt const* s : body)
            visit_stmt(s);
    }

    void visit_arguments_defaults(Arguments const& args) {
        for (Expr const* e : args.defaults)
            visit_expr(e);
        for (Expr const* e : args.kw_defaults)
            if (e)
                visit_expr(e);
    }

    // A match pattern binds its capture names and evaluates its values, classes and keys
    void visit_pattern(Pattern const* p) {
        switch (p->kind) {
        case Pattern::Kind::MatchValue: visit_expr(static_cast<MatchValue const*>(p)->value); break;
        case Pattern::Kind::MatchSingleton: break;
        case Pattern::Kind::MatchSequence:
            for (Pattern const* q : static_cast<MatchSequence const*>(p)->patterns) visit_pattern(q);
            break;
        case Pattern::Kind::MatchMapping: {
            auto const* m = static_cast<MatchMapping const*>(p);
            for (Expr const* k : m->keys) visit_expr(k);
            for (Pattern const* q : m->patterns) visit_pattern(q);
            if (!m->rest.empty()) add_def(m->rest, DefLocal, p->location);
            break;
        }
        case Pattern::Kind::MatchClass: {
            auto const* c = static_cast<MatchClass const*>(p);
            visit_expr(c->cls);
            for (Pattern const* q : c->patterns) visit_pattern(q);
            for (Pattern const* q : c->kwd_patterns) visit_pattern(q);
            break;
        }
        case Pattern::Kind::MatchStar: {
            auto const* s = static_cast<MatchStar const*>(p);
            if (!s->name.empty()) add_def(s->name, DefLocal, p->location);
            break;
        }
        case Pattern::Kind::MatchAs: {
            auto const* a = static_cast<MatchAs const*>(p);
            if (a->pattern) visit_pattern(a->pattern);
            if (!a->name.empty()) add_def(a->name, DefLocal, p->location);
            break;
        }
        case Pattern::Kind::MatchOr:
            for (Pattern const* q : static_cast<MatchOr const*>(p)->patterns) visit_pattern(q);
            break;
        }
    }

    void visit_annotations(Arguments const& args) {
        auto visit_arg = [&](Arg const* a) {
            if (a && a->annotation)
                visit_expr(a->annotation);
        };
        for (Arg const* a : args.posonlyargs) visit_arg(a);
        for (Arg const* a : args.args) visit_arg(a);
        visit_arg(args.vararg);
        for (Arg const* a : args.kwonlyargs) visit_arg(a);
        visit_arg(args.kwarg);
    }

    void declare_params(Arguments const& args) {
        for (Arg const* a : args.posonlyargs) add_def(a->name, DefParam, a->location);
        for (Arg const* a : args.args) add_def(a->name, DefParam, a->location);
        for (Arg const* a : args.kwonlyargs) add_def(a->name, DefParam, a->location);
        if (args.vararg) add_def(args.vararg->name, DefParam, args.vararg->location);
        if (args.kwarg) add_def(args.kwarg->name, DefParam, args.kwarg->location);
    }

    void visit_stmt(Stmt const* s) {
        if (compile_stack_exhausted()) throw ScopeError{compile_recursion_report()};
        switch (s->kind) {
        case Stmt::Kind::FunctionDef: {
            auto const* f = static_cast<FunctionDef const*>(s);
            add_def(f->name, DefLocal, f->location);
            visit_arguments_defaults(f->args);
            visit_annotations(f->args);
            if (f->returns)
                visit_expr(f->returns);
            for (Expr const* d : f->decorator_list)
                visit_expr(d);
            Scope* saved = m_current;
            m_current = new_scope(ScopeKind::Function, f->name, f);
            m_current->is_coroutine = f->is_async;
            declare_params(f->args);
            visit_stmts(f->body);
            m_current = saved;
            break;
        }
        case Stmt::Kind::ClassDef: {
            auto const* c = static_cast<ClassDef const*>(s);
            add_def(c->name, DefLocal, c->location);
            for (Expr const* b : c->bases) visit_expr(b);
            for (Keyword const* k : c->keywords) visit_expr(k->value);
            for (Expr const* d : c->decorator_list) visit_expr(d);
            Scope* saved = m_current;
            m_current = new_scope(ScopeKind::Class, c->name, c);
            std::string saved_private = std::exchange(m_private, c->name);
            visit_stmts(c->body);
            m_private = std::move(saved_private);
            m_current = saved;
            break;
        }
        case Stmt::Kind::Return: {
            auto const* r = static_cast<Return const*>(s);
            if (m_current->kind != ScopeKind::Function)
                error("'return' outside function", s->location);
            if (r->value) visit_expr(r->value);
            break;
        }
        case Stmt::Kind::Delete:
            for (Expr const* t : static_cast<Delete const*>(s)->targets) visit_expr(t);
            break;
        case Stmt::Kind::Assign: {
            auto const* a = static_cast<Assign const*>(s);
            for (Expr const* t : a->targets) visit_expr(t);
            visit_expr(a->value);
            break;
        }
        case Stmt::Kind::AugAssign: {
            auto const* a = static_cast<AugAssign const*>(s);
            visit_expr(a->target);
            visit_expr(a->value);
            break;
        }
        case Stmt::Kind::AnnAssign: {
            auto const* a = static_cast<AnnAssign const*>(s);
            if (a->target->kind == Expr::Kind::Name) {
                auto const* n = static_cast<Name const*>(a->target);
                unsigned f = m_current->flags.count(mangled(n->id)) ? m_current->flag(mangled(n->id)) : 0;
                if (f & (DefGlobal | DefNonlocal)) {
                    if (a->simple)
                        error("annotated name '" + n->id + "' can't be " + ((f & DefGlobal) ? "global" : "nonlocal"),
                              s->location);
                }
                if (a->simple || a->value)
                    add_def(n->id, DefLocal, n->location);
            } else {
                visit_expr(a->target);
            }
            if (m_current->kind != ScopeKind::Function)
                visit_expr(a->annotation);
            if (a->value) visit_expr(a->value);
            break;
        }
        case Stmt::Kind::For: {
            auto const* f = static_cast<For const*>(s);
            visit_expr(f->target);
            visit_expr(f->iter);
            visit_stmts(f->body);
            visit_stmts(f->orelse);
            break;
        }
        case Stmt::Kind::While: {
            auto const* w = static_cast<While const*>(s);
            visit_expr(w->test);
            visit_stmts(w->body);
            visit_stmts(w->orelse);
            break;
        }
        case Stmt::Kind::If: {
            auto const* i = static_cast<If const*>(s);
            visit_expr(i->test);
            visit_stmts(i->body);
            visit_stmts(i->orelse);
            break;
        }
        case Stmt::Kind::With: {
            auto const* w = static_cast<With const*>(s);
            for (WithItem const& item : w->items) {
                visit_expr(item.context_expr);
                if (item.optional_vars) visit_expr(item.optional_vars);
            }
            visit_stmts(w->body);
            break;
        }
        case Stmt::Kind::Raise: {
            auto const* r = static_cast<Raise const*>(s);
            if (r->exc) visit_expr(r->exc);
            if (r->cause) visit_expr(r->cause);
            break;
        }
        case Stmt::Kind::Try: {
            auto const* t = static_cast<Try const*>(s);
            visit_stmts(t->body);
            for (ExceptHandler const* h : t->handlers) {
                if (h->type) visit_expr(h->type);
                if (!h->name.empty()) add_def(h->name, DefLocal, h->location);
                visit_stmts(h->body);
            }
            visit_stmts(t->orelse);
            visit_stmts(t->finalbody);
            break;
        }
        case Stmt::Kind::Match: {
            auto const* m = static_cast<Match const*>(s);
            visit_expr(m->subject);
            for (MatchCase const* c : m->cases) {
                visit_pattern(c->pattern);
                if (c->guard) visit_expr(c->guard);
                visit_stmts(c->body);
            }
            break;
        }
        case Stmt::Kind::Assert: {
            auto const* a = static_cast<Assert const*>(s);
            visit_expr(a->test);
            if (a->msg) visit_expr(a->msg);
            break;
        }
        case Stmt::Kind::Import:
            for (Alias const* a : static_cast<Import const*>(s)->names) {
                std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
                add_def(bound, DefLocal, a->location);
            }
            break;
        case Stmt::Kind::ImportFrom:
            for (Alias const* a : static_cast<ImportFrom const*>(s)->names) {
                if (a->name == "*") {
                    if (m_current->kind != ScopeKind::Module)
                        error("import * only allowed at module level", s->location);
                    continue;
                }
                add_def(a->asname.empty() ? a->name : a->asname, DefLocal, a->location);
            }
            break;
        case Stmt::Kind::Global:
        case Stmt::Kind::Nonlocal: {
            bool is_global = s->kind == Stmt::Kind::Global;
            auto const& names = is_global ? static_cast<Global const*>(s)->names : static_cast<Nonlocal const*>(s)->names;
            for (std::string const& declared : names) {
                std::string const name = mangled(declared);
                auto it = m_current->flags.find(name);
                unsigned f = it == m_current->flags.end() ? 0 : it->second;
                char const* what = is_global ? "global" : "nonlocal";
                if (f & DefParam)
                    error("name '" + name + "' is parameter and " + what, s->location);
                if (!is_global && m_current->kind == ScopeKind::Module)
                    error("nonlocal declaration not allowed at module level", s->location);
                if (f & DefLocal)
                    error("name '" + name + "' is assigned to before " + what + " declaration", s->location);
                if (f & DefUse)
                    error("name '" + name + "' is used prior to " + what + " declaration", s->location);
                if (is_global && (f & DefNonlocal))
                    error("name '" + name + "' is nonlocal and global", s->location);
                if (!is_global && (f & DefGlobal))
                    error("name '" + name + "' is nonlocal and global", s->location);
                m_current->flag(name) |= is_global ? DefGlobal : DefNonlocal;
                if (!is_global) m_current->nonlocal_at.try_emplace(name, s->location);
            }
            break;
        }
        case Stmt::Kind::ExprStmt:
            visit_expr(static_cast<ExprStmt const*>(s)->value);
            break;
        case Stmt::Kind::Pass:
        case Stmt::Kind::Break:
        case Stmt::Kind::Continue:
            break;
        }
    }

    // ---- expressions ----
    void visit_exprs(ExprList const& list) {
        for (Expr const* e : list)
            if (e) visit_expr(e);
    }

    void visit_comprehension(Expr const* node, std::vector<Comprehension> const& generators, Expr const* elt,
                             Expr const* value, bool is_generator) {
        // The first iterable is evaluated in the enclosing scope (CPython: symtable_handle_comprehension).
        ++m_current->comp_iter_expr;
        visit_expr(generators[0].iter);
        --m_current->comp_iter_expr;
        Scope* saved = m_current;
        char const* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
        int which = node->kind == Expr::Kind::ListComp ? 0
                    : node->kind == Expr::Kind::SetComp ? 1
                    : node->kind == Expr::Kind::DictComp ? 2 : 3;
        m_current = new_scope(ScopeKind::Function, names[which], node);
        m_current->is_comprehension = true;
        m_current->is_generator = is_generator;
        // an `async for` clause makes it an asynchronous comprehension (a coroutine, or for a generator expression
        // an asynchronous generator)
        for (Comprehension const& g : generators)
            if (g.is_async) m_current->is_coroutine = true;
        add_def(".0", DefParam, node->location);
        for (std::size_t i = 0; i < generators.size(); ++i) {
            Comprehension const& g = generators[i];
            m_current->comp_iter_target = true;
            visit_expr(g.target);
            m_current->comp_iter_target = false;
            if (i > 0) {
                ++m_current->comp_iter_expr;
                visit_expr(g.iter);
                --m_current->comp_iter_expr;
            }
            visit_exprs(g.ifs);
        }
        if (elt) visit_expr(elt);
        if (value) visit_expr(value);
        m_current = saved;
    }

    void visit_name(Name const* n) {
        if (n->ctx == ExprContext::Load) {
            m_current->flag(mangled(n->id)) |= DefUse;
            if (n->id == "super" && m_current->kind == ScopeKind::Function)
                m_current->child_needs_class_cell = true;
        } else {
            add_def(n->id, DefLocal, n->location);
        }
        if (n->id == "__class__" && m_current->kind == ScopeKind::Function)
            m_current->child_needs_class_cell = true;
    }

    void visit_expr(Expr const* e) {
        if (compile_stack_exhausted()) throw ScopeError{compile_recursion_report()};
        switch (e->kind) {
        case Expr::Kind::BoolOp: visit_exprs(static_cast<BoolOp const*>(e)->values); break;
        case Expr::Kind::NamedExpr: {
            auto const* n = static_cast<NamedExpr const*>(e);
            visit_expr(n->value);
            auto const* target = static_cast<Name const*>(n->target);
            if (m_current->comp_iter_expr > 0)  // CPython: symtable_handle_namedexpr
                error("assignment expression cannot be used in a comprehension iterable expression", e->location);
            // In a comprehension the target binds in the nearest enclosing non-comprehension scope
            // (PEP 572; CPython: symtable_extend_namedexpr_scope).
            if (m_current->is_comprehension) {
                Scope* s = m_current;
                while (s->is_comprehension) {
                    unsigned& f = s->flag(mangled(target->id));
                    if (f & DefCompIter)
                        error("assignment expression cannot rebind comprehension iteration variable '" + target->id + "'",
                              target->location);
                    f |= DefNonlocal | DefUse;
                    s = s->parent;
                }
                if (s->kind == ScopeKind::Class)
                    error("assignment expression within a comprehension cannot be used in a class body", target->location);
                s->flag(mangled(target->id)) |= DefLocal;
                if (s->kind == ScopeKind::Module || (s->flag(mangled(target->id)) & DefGlobal)) {
                    // global at module level or declared global in the function: the comprehensions name it as an
                    // explicit global instead (CPython: symtable_extend_namedexpr_scope)
                    Scope* c = m_current;
                    while (c->is_comprehension) {
                        c->flag(mangled(target->id)) = (c->flag(mangled(target->id)) & ~DefNonlocal) | DefGlobal;
                        c = c->parent;
                    }
                }
            } else {
                visit_expr(n->target);
            }
            break;
        }
        case Expr::Kind::BinOp: {
            auto const* b = static_cast<BinOp const*>(e);
            visit_expr(b->left);
            visit_expr(b->right);
            break;
        }
        case Expr::Kind::UnaryOp: visit_expr(static_cast<UnaryOp const*>(e)->operand); break;
        case Expr::Kind::Lambda: {
            auto const* l = static_cast<Lambda const*>(e);
            visit_arguments_defaults(l->args);
            Scope* saved = m_current;
            m_current = new_scope(ScopeKind::Function, "<lambda>", l);
            declare_params(l->args);
            visit_expr(l->body);
            m_current = saved;
            break;
        }
        case Expr::Kind::IfExp: {
            auto const* i = static_cast<IfExp const*>(e);
            visit_expr(i->test);
            visit_expr(i->body);
            visit_expr(i->orelse);
            break;
        }
        case Expr::Kind::Dict: {
            auto const* d = static_cast<Dict const*>(e);
            visit_exprs(d->keys);
            visit_exprs(d->values);
            break;
        }
        case Expr::Kind::Set: visit_exprs(static_cast<Set const*>(e)->elts); break;
        case Expr::Kind::ListComp: {
            auto const* c = static_cast<ListComp const*>(e);
            visit_comprehension(e, c->generators, c->elt, nullptr, false);
            break;
        }
        case Expr::Kind::SetComp: {
            auto const* c = static_cast<SetComp const*>(e);
            visit_comprehension(e, c->generators, c->elt, nullptr, false);
            break;
        }
        case Expr::Kind::DictComp: {
            auto const* c = static_cast<DictComp const*>(e);
            visit_comprehension(e, c->generators, c->key, c->value, false);
            break;
        }
        case Expr::Kind::GeneratorExp: {
            auto const* c = static_cast<GeneratorExp const*>(e);
            visit_comprehension(e, c->generators, c->elt, nullptr, true);
            break;
        }
        case Expr::Kind::Await:
            // An await inside a comprehension of an async function makes it an async comprehension
            // (CPython: the comprehension's code is a coroutine, awaited where it is called).
            for (Scope* s = m_current; s && s->is_comprehension; s = s->parent)
                s->is_coroutine = true;
            visit_expr(static_cast<Await const*>(e)->value);
            break;
        case Expr::Kind::Yield:
        case Expr::Kind::YieldFrom: {
            if (m_current->kind != ScopeKind::Function)
                error("'yield' outside function", e->location);
            if (m_current->is_comprehension)
                error(m_current->name == "<genexpr>"     ? "'yield' inside generator expression"
                      : m_current->name == "<setcomp>"  ? "'yield' inside set comprehension"
                      : m_current->name == "<dictcomp>" ? "'yield' inside dict comprehension"
                                                        : "'yield' inside list comprehension",
                      e->location);
            m_current->is_generator = true;
            Expr const* v = e->kind == Expr::Kind::Yield ? static_cast<Yield const*>(e)->value
                                                          : static_cast<YieldFrom const*>(e)->value;
            if (e->kind == Expr::Kind::YieldFrom && m_current->is_coroutine)
                error("'yield from' inside async function", e->location);
            if (v) visit_expr(v);
            break;
        }
        case Expr::Kind::Compare: {
            auto const* c = static_cast<Compare const*>(e);
            visit_expr(c->left);
            visit_exprs(c->comparators);
            break;
        }
        case Expr::Kind::Call: {
            auto const* c = static_cast<Call const*>(e);
            visit_expr(c->func);
            visit_exprs(c->args);
            for (Keyword const* k : c->keywords) visit_expr(k->value);
            break;
        }
        case Expr::Kind::FormattedValue: {
            auto const* f = static_cast<FormattedValue const*>(e);
            visit_expr(f->value);
            if (f->format_spec) visit_expr(f->format_spec);
            break;
        }
        case Expr::Kind::JoinedStr: visit_exprs(static_cast<JoinedStr const*>(e)->values); break;
        case Expr::Kind::Constant: break;
        case Expr::Kind::Attribute: visit_expr(static_cast<Attribute const*>(e)->value); break;
        case Expr::Kind::Subscript: {
            auto const* s = static_cast<Subscript const*>(e);
            visit_expr(s->value);
            visit_expr(s->slice);
            break;
        }
        case Expr::Kind::Starred: visit_expr(static_cast<Starred const*>(e)->value); break;
        case Expr::Kind::Name: visit_name(static_cast<Name const*>(e)); break;
        case Expr::Kind::List: visit_exprs(static_cast<List const*>(e)->elts); break;
        case Expr::Kind::Tuple: visit_exprs(static_cast<Tuple const*>(e)->elts); break;
        case Expr::Kind::Slice: {
            auto const* s = static_cast<Slice const*>(e);
            if (s->lower) visit_expr(s->lower);
            if (s->upper) visit_expr(s->upper);
            if (s->step) visit_expr(s->step);
            break;
        }
        }
    }

    // ---- resolution (CPython: analyze_block / analyze_name) ----
    // `bound`: names bound in enclosing function scopes; `global`: names declared global in enclosing scopes.
    // Returns the set of names free in this scope (needed from outside).
    std::set<std::string> analyze_scope(Scope* scope, std::set<std::string> const& bound,
                                         std::set<std::string> const& global) {
        if (compile_stack_exhausted()) throw ScopeError{compile_recursion_report()};
        std::set<std::string> local, new_bound = bound, new_global = global, free;
        for (auto const& [name, f] : scope->flags) {
            NameScope ns;
            if (f & DefGlobal) {
                ns = NameScope::GlobalExplicit;
                new_global.insert(name);
                new_bound.erase(name);
            } else if (f & DefNonlocal) {
                if (!bound.count(name) && !(scope->is_comprehension)) {
                    auto at = scope->nonlocal_at.find(name);  // CPython points at the declaration
                    error("no binding for nonlocal '" + name + "' found",
                          at != scope->nonlocal_at.end() ? at->second : scope->node ? scope->node->location : SourceLocation{});
                }
                ns = NameScope::Free;
                free.insert(name);
            } else if (f & (DefLocal | DefParam)) {
                ns = NameScope::Local;
                local.insert(name);
                new_global.erase(name);
            } else if (scope->kind != ScopeKind::Module && bound.count(name)) {
                ns = NameScope::Free;
                free.insert(name);
            } else if (global.count(name)) {
                ns = NameScope::GlobalExplicit;
            } else {
                ns = NameScope::GlobalImplicit;
            }
            scope->resolved[name] = ns;
        }
        if (scope->kind == ScopeKind::Function) {
            for (std::string const& name : local)
                new_bound.insert(name);
        } else if (scope->kind == ScopeKind::Class) {
            new_bound.insert("__class__");
        }
        // Children: names they need free either come from our locals (-> cell) or pass through (-> free).
        std::set<std::string> child_free;
        for (Scope* child : scope->children) {
            std::set<std::string> cf = analyze_scope(child, new_bound, new_global);
            child_free.insert(cf.begin(), cf.end());
            if (child->child_needs_class_cell) {
                if (scope->kind == ScopeKind::Class)
                    scope->needs_class_cell = true;
                else if (scope->kind == ScopeKind::Function)
                    scope->child_needs_class_cell = true;
            }
        }
        for (std::string const& name : child_free) {
            auto it = scope->resolved.find(name);
            if (scope->kind == ScopeKind::Function && it != scope->resolved.end() && it->second == NameScope::Local) {
                it->second = NameScope::Cell;
            } else if (scope->kind == ScopeKind::Class && name == "__class__") {
                scope->needs_class_cell = true;
            } else if (it != scope->resolved.end() &&
                       (it->second == NameScope::GlobalExplicit ||
                        (it->second == NameScope::Cell))) {
                // the child resolved it against our binding or global; nothing to pass through
            } else if (scope->kind == ScopeKind::Class && it != scope->resolved.end() &&
                       it->second == NameScope::Local) {
                // class-local name of the same spelling: the method's free variable refers past the class
                scope->flag(name) |= DefFreeClass;
                free.insert(name);
            } else if (scope->kind != ScopeKind::Module) {
                if (it == scope->resolved.end() || it->second == NameScope::GlobalImplicit)
                    scope->resolved[name] = NameScope::Free;
                free.insert(name);
            }
        }
        // A function that uses super() or __class__ inside a class gets __class__ as a free variable; elsewhere
        // the name stays global (and super() fails at run time: "__class__ cell not found").
        if (scope->kind == ScopeKind::Function && scope->child_needs_class_cell && bound.count("__class__")) {
            scope->resolved["__class__"] = NameScope::Free;
            free.insert("__class__");
        }
        if (scope->kind == ScopeKind::Class)
            free.erase("__class__");
        return free;
    }
};

bool SymbolTable::build(Module const& module, SyntaxErrorReport& error) {
    ScopeBuilder builder(*this);
    try {
        builder.build_module(module);
        builder.analyze();
    } catch (ScopeError const& e) {
        error = e.report;
        return false;
    }
    return true;
}

} // namespace weft::front
