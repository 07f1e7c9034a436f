// The abstract syntax tree: CPython's `ast` module shapes (3.11) as C++ structs, owned by an arena.
// Node kinds are listed in ast_nodes.def; ast_dump() prints a tree exactly as CPython's ast.dump().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "interpreter/source.hpp"

namespace weft::front {

struct Node {
    SourceLocation location;
    virtual ~Node() = default;
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
// The order of Operator matches CPython's ast.operator and the BINARY_OP operand (without the inplace bit).
enum class Operator : std::uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Node {
    enum class Kind : std::uint8_t {
#define EXPR(name) name,
#include "interpreter/ast_nodes.def"
    };
    Kind kind;
    explicit Expr(Kind k) : kind(k) {}
};

struct Stmt : Node {
    enum class Kind : std::uint8_t {
#define STMT(name) name,
#include "interpreter/ast_nodes.def"
    };
    Kind kind;
    explicit Stmt(Kind k) : kind(k) {}
};

struct Pattern : Node {
    enum class Kind : std::uint8_t {
#define PATTERN(name) name,
#include "interpreter/ast_nodes.def"
    };
    Kind kind;
    explicit Pattern(Kind k) : kind(k) {}
};

using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;
using PatternList = std::vector<Pattern*>;

// ---- helper records (not Expr/Stmt) ----

struct Arg : Node {  // a parameter: name with an optional annotation
    std::string name;
    Expr* annotation = nullptr;
};

struct Arguments {  // a parameter list (CPython: ast.arguments)
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    ExprList kw_defaults;  // one per kwonlyarg; nullptr where there is no default
    Arg* kwarg = nullptr;
    ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct Keyword : Node {  // name=value in a call or class header; empty name means **value
    std::string arg;     // empty for **value
    Expr* value = nullptr;
};

struct Alias : Node {  // import name as asname
    std::string name;    // dotted name, or "*"
    std::string asname;  // empty when absent
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct ExceptHandler : Node {
    bool is_star = false;  // except* T:
    Expr* type = nullptr;  // nullptr for a bare except:
    std::string name;      // empty when there is no `as name`
    StmtList body;
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    ExprList ifs;
    bool is_async = false;
};

// ---- expressions ----

#define WEFT_EXPR_NODE(name) \
    name() : Expr(Kind::name) {}

struct BoolOp : Expr { WEFT_EXPR_NODE(BoolOp) BoolOperator op{}; ExprList values; };
struct NamedExpr : Expr { WEFT_EXPR_NODE(NamedExpr) Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { WEFT_EXPR_NODE(BinOp) Expr* left = nullptr; Operator op{}; Expr* right = nullptr; };
struct UnaryOp : Expr { WEFT_EXPR_NODE(UnaryOp) UnaryOperator op{}; Expr* operand = nullptr; };
struct Lambda : Expr { WEFT_EXPR_NODE(Lambda) Arguments args; Expr* body = nullptr; };
struct IfExp : Expr { WEFT_EXPR_NODE(IfExp) Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
struct Dict : Expr { WEFT_EXPR_NODE(Dict) ExprList keys; ExprList values; };  // keys[i] == nullptr: **values[i]
struct Set : Expr { WEFT_EXPR_NODE(Set) ExprList elts; };
struct ListComp : Expr { WEFT_EXPR_NODE(ListComp) Expr* elt = nullptr; std::vector<Comprehension> generators; };
struct SetComp : Expr { WEFT_EXPR_NODE(SetComp) Expr* elt = nullptr; std::vector<Comprehension> generators; };
struct DictComp : Expr {
    WEFT_EXPR_NODE(DictComp) Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension> generators;
};
struct GeneratorExp : Expr { WEFT_EXPR_NODE(GeneratorExp) Expr* elt = nullptr; std::vector<Comprehension> generators; };
struct Await : Expr { WEFT_EXPR_NODE(Await) Expr* value = nullptr; };
struct Yield : Expr { WEFT_EXPR_NODE(Yield) Expr* value = nullptr; };
struct YieldFrom : Expr { WEFT_EXPR_NODE(YieldFrom) Expr* value = nullptr; };
struct Compare : Expr {
    WEFT_EXPR_NODE(Compare) Expr* left = nullptr; std::vector<CmpOperator> ops; ExprList comparators;
};
struct Call : Expr { WEFT_EXPR_NODE(Call) Expr* func = nullptr; ExprList args; std::vector<Keyword*> keywords; };
struct FormattedValue : Expr {
    WEFT_EXPR_NODE(FormattedValue)
    Expr* value = nullptr;
    int conversion = -1;            // -1 none, 's', 'r' or 'a'
    Expr* format_spec = nullptr;    // a JoinedStr, or nullptr
};
struct JoinedStr : Expr { WEFT_EXPR_NODE(JoinedStr) ExprList values; };

struct Constant : Expr {
    WEFT_EXPR_NODE(Constant)
    enum class Type : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Type type = Type::None;
    std::int64_t int_value = 0;   // Int that fits in int64
    std::string big_int;          // Int that does not: its decimal digits (with '-' never: literals are >= 0)
    double float_value = 0.0;     // Float, or the imaginary part of Complex
    std::string str_value;        // Str (UTF-8) or Bytes (raw bytes)
    bool u_prefix = false;        // u"..." (ast.dump shows kind='u')
};

struct Attribute : Expr {
    WEFT_EXPR_NODE(Attribute) Expr* value = nullptr; std::string attr; ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
    WEFT_EXPR_NODE(Subscript) Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr { WEFT_EXPR_NODE(Starred) Expr* value = nullptr; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { WEFT_EXPR_NODE(Name) std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { WEFT_EXPR_NODE(List) ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { WEFT_EXPR_NODE(Tuple) ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { WEFT_EXPR_NODE(Slice) Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

#undef WEFT_EXPR_NODE

// ---- statements ----

#define WEFT_STMT_NODE(name) \
    name() : Stmt(Kind::name) {}

struct FunctionDef : Stmt {
    WEFT_STMT_NODE(FunctionDef)
    bool is_async = false;  // AsyncFunctionDef in CPython's ast
    std::string name;
    Arguments args;
    StmtList body;
    ExprList decorator_list;
    Expr* returns = nullptr;
};
struct ClassDef : Stmt {
    WEFT_STMT_NODE(ClassDef)
    std::string name;
    ExprList bases;
    std::vector<Keyword*> keywords;
    StmtList body;
    ExprList decorator_list;
};
struct Return : Stmt { WEFT_STMT_NODE(Return) Expr* value = nullptr; };
struct Delete : Stmt { WEFT_STMT_NODE(Delete) ExprList targets; };
struct Assign : Stmt { WEFT_STMT_NODE(Assign) ExprList targets; Expr* value = nullptr; };
struct AugAssign : Stmt { WEFT_STMT_NODE(AugAssign) Expr* target = nullptr; Operator op{}; Expr* value = nullptr; };
struct AnnAssign : Stmt {
    WEFT_STMT_NODE(AnnAssign)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false;  // target is a plain Name not in parentheses
};
struct For : Stmt {
    WEFT_STMT_NODE(For)
    bool is_async = false;  // AsyncFor
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body;
    StmtList orelse;
};
struct While : Stmt { WEFT_STMT_NODE(While) Expr* test = nullptr; StmtList body; StmtList orelse; };
struct If : Stmt { WEFT_STMT_NODE(If) Expr* test = nullptr; StmtList body; StmtList orelse; };
struct With : Stmt { WEFT_STMT_NODE(With) bool is_async = false; std::vector<WithItem> items; StmtList body; };
struct Raise : Stmt { WEFT_STMT_NODE(Raise) Expr* exc = nullptr; Expr* cause = nullptr; };
struct Try : Stmt {
    WEFT_STMT_NODE(Try)
    bool is_star = false;  // except* handlers (CPython's TryStar)
    StmtList body;
    std::vector<ExceptHandler*> handlers;
    StmtList orelse;
    StmtList finalbody;
};
struct MatchCase : Node {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;  // case p if guard:
    StmtList body;
};
struct Match : Stmt { WEFT_STMT_NODE(Match) Expr* subject = nullptr; std::vector<MatchCase*> cases; };
struct Assert : Stmt { WEFT_STMT_NODE(Assert) Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { WEFT_STMT_NODE(Import) std::vector<Alias*> names; };
struct ImportFrom : Stmt {
    WEFT_STMT_NODE(ImportFrom) std::string module; std::vector<Alias*> names; int level = 0;
};
struct Global : Stmt { WEFT_STMT_NODE(Global) std::vector<std::string> names; };
struct Nonlocal : Stmt { WEFT_STMT_NODE(Nonlocal) std::vector<std::string> names; };
struct ExprStmt : Stmt { WEFT_STMT_NODE(ExprStmt) Expr* value = nullptr; };
struct Pass : Stmt { WEFT_STMT_NODE(Pass) };
struct Break : Stmt { WEFT_STMT_NODE(Break) };
struct Continue : Stmt { WEFT_STMT_NODE(Continue) };

#undef WEFT_STMT_NODE

// ---- match patterns (CPython: ast.pattern) ----

#define WEFT_PATTERN_NODE(name) \
    name() : Pattern(Kind::name) {}

struct MatchValue : Pattern { WEFT_PATTERN_NODE(MatchValue) Expr* value = nullptr; };
struct MatchSingleton : Pattern { WEFT_PATTERN_NODE(MatchSingleton) Constant::Type value = Constant::Type::None; };
struct MatchSequence : Pattern { WEFT_PATTERN_NODE(MatchSequence) PatternList patterns; };
struct MatchMapping : Pattern {
    WEFT_PATTERN_NODE(MatchMapping) ExprList keys; PatternList patterns; std::string rest;  // rest: **rest, or empty
};
struct MatchClass : Pattern {
    WEFT_PATTERN_NODE(MatchClass)
    Expr* cls = nullptr;
    PatternList patterns;
    std::vector<std::string> kwd_attrs;
    PatternList kwd_patterns;
};
struct MatchStar : Pattern { WEFT_PATTERN_NODE(MatchStar) std::string name; };  // empty for *_
// `pattern as name`; a capture has no pattern; the wildcard _ has neither
struct MatchAs : Pattern { WEFT_PATTERN_NODE(MatchAs) Pattern* pattern = nullptr; std::string name; };
struct MatchOr : Pattern { WEFT_PATTERN_NODE(MatchOr) PatternList patterns; };

#undef WEFT_PATTERN_NODE

// Owns every node of one parse. Nodes are freed with the arena.
class AstArena {
public:
    template <class T>
    T* make(SourceLocation location = {}) {
        auto node = std::make_unique<T>();
        node->location = location;
        T* raw = node.get();
        m_nodes.push_back(std::move(node));
        return raw;
    }

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
};

// A parsed file: CPython's ast.Module.
struct Module {
    AstArena arena;
    StmtList body;
};

// The tree printed exactly as CPython's ast.dump(tree) (no attributes, indent=None).
std::string ast_dump(Module const& module);
std::string ast_dump(Expr const* expr);
// With DumpAttributes::Yes, as ast.dump(tree, include_attributes=True): each node's location follows its fields.
enum class DumpAttributes : bool { No, Yes };
std::string ast_dump(Module const& module, DumpAttributes attributes);

} // namespace weft::front
