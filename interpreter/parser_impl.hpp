// The recursive-descent parser shared by parse_stmt.cpp, parse_expr.cpp and parse_fstring.cpp (private).
// Functions are named after the rules of CPython's Grammar/python.gram (3.11) and read beside it. Like CPython,
// the parser makes a second pass when the first fails: the failing statement is parsed again with PEG's
// backtracking to the longest prefix and with the checks of CPython's invalid_* rules, so that the same
// specific message is found, or else "invalid syntax" is reported where the first pass stopped.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/lexer.hpp"
#include "interpreter/parser.hpp"

namespace weft::front {

// The digit limit of decimal literals in the compile running on this thread (compile.hpp, CompileFlags)
int compile_max_str_digits();

// A rule did not match at the current token (CPython: the rule function returns NULL without an error).
// Caught where the grammar has an alternative; otherwise parse_module() reports "invalid syntax" at the
// furthest token read, as CPython does.
struct ParseFailure {};

// What a target is for: the messages differ ("cannot assign to" / "cannot delete").
// CPython: TARGETS_TYPE in Parser/pegen.h.
enum class TargetKind : std::uint8_t { Star, Del, For };

// CPython 3.11 limits, beyond the lexer's: the depth of nested rule calls (MAXSTACK in Parser/parser.c, a
// MemoryError) and of the tree the compiler will walk (the symtable's recursion limit, a RecursionError).
// DepthGuard weights approximate how many of CPython's rule levels one of ours stands for. Brackets and
// lambda parameters weigh more than in CPython (which runs out at 746 nested lambda defaults, weft at 298;
// and brackets nested through f-strings stop at about 290 levels), to keep the parser's stack under about 300
// KB whatever the input; the lexer alone allows 200 levels of brackets.
constexpr int max_parse_depth = 6000;
constexpr int max_tree_depth = 3000;
constexpr int expression_depth_weight = 4;
constexpr int statement_depth_weight = 32;
constexpr int lambda_parameters_depth_weight = 16;
constexpr int bracket_depth_weight = 16;
// How deep the second pass follows invalid_legacy_expression into the expressions after a name. CPython
// follows a chain of juxtaposed names until its stack runs out (a MemoryError after about 1500); weft stops
// following, which keeps the parser's stack small, and reports the error found so far.
constexpr int max_legacy_depth = 32;

class Parser {
  public:
    // Parses a whole file; `interactive` as Lexer's.
    Parser(SourceFile const& source, AstArena& arena, bool interactive = false);
    // Parses the expression of an f-string replacement field as CPython 3.11 does: as "(expr)", apart from
    // the surrounding file (Parser/string_parser.c fstring_compile_expr). Errors get the "f-string: " prefix.
    Parser(Parser const& outer, FStringExpressionSpan const& span);

    // file: [statements] ENDMARKER
    StmtList parse_file();
    // interactive: statement_newline (one statement, then the end of the input)
    StmtList parse_interactive_input();
    // eval: expressions NEWLINE* ENDMARKER
    Expr* parse_eval_input();
    // fstring: star_expressions (on the tokens of "(expr)")
    Expr* parse_fstring_input();

    // Turns a ParseFailure into CPython's report: "invalid syntax" at the furthest token the first pass read,
    // or an IndentationError for an unexpected INDENT/DEDENT.
    [[noreturn]] void raise_generic_syntax_error();
    // After an error from the parser, lets a tokenizer error further on take precedence, as CPython does.
    void check_rest_of_source(SyntaxErrorReport& report);

    // ---- tokens (parse_stmt.cpp) ----
    Token const& peek(std::size_t ahead = 0);
    TokenKind kind(std::size_t ahead = 0) { return peek(ahead).kind; }
    // A look further than CPython's first pass goes, for a better message: the furthest token is not updated.
    TokenKind kind_beyond(std::size_t ahead);
    bool at(TokenKind k) { return kind() == k; }
    Token const& advance();
    bool accept(TokenKind k);
    Token const& expect(TokenKind k);
    // CPython: _PyPegen_expect_forced_token(): a missing token is an error on the spot, "expected ':'".
    Token const& expect_forced(TokenKind k, char const* text);
    std::size_t mark() const { return m_mark; }
    void reset(std::size_t mark) { m_mark = mark; }
    // The location from `start` to the end of the last token consumed (CPython: EXTRA).
    SourceLocation span_from(SourceLocation const& start) const;
    SourceLocation span_from(Token const& start) const { return span_from(start.location); }

    // ---- errors (parse_stmt.cpp) ----
    // CPython: RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read.
    [[noreturn]] void raise_at_last_token(std::string message, char const* kind = "SyntaxError");
    // CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE: from `start` to `end` (node or token
    // locations).
    [[noreturn]] void raise_range(SourceLocation const& start, SourceLocation const& end, std::string message,
                                  char const* kind = "SyntaxError");
    [[noreturn]] void raise_at(SourceLocation const& at, std::string message) {
        raise_range(at, at, message);
    }
    // A report with CPython's raw offsets: columns as 0-based bytes; end_column may be negative (see
    // source.hpp).
    [[noreturn]] void raise_report(SourceLocation location, std::string message,
                                   char const* kind = "SyntaxError");
    [[noreturn]] void fail() { throw ParseFailure{}; }

    // ---- statements (parse_stmt.cpp) ----
    StmtList parse_statements();
    void parse_statement(StmtList& body);
    void parse_simple_stmts(StmtList& body);
    bool assignment_prefix_matches();
    Stmt* parse_simple_stmt();
    Stmt* parse_compound_stmt();
    Stmt* parse_assignment_or_expression();
    Stmt* parse_return_stmt();
    Stmt* parse_raise_stmt();
    Stmt* parse_global_stmt(bool nonlocal);
    Stmt* parse_del_stmt();
    Stmt* parse_assert_stmt();
    Stmt* parse_import_name();
    Stmt* parse_import_from();
    std::string parse_dotted_name();
    StmtList parse_block(char const* construct, int line);
    ExprList parse_decorators();
    Stmt* parse_class_def(ExprList decorators);
    Stmt* parse_function_def(ExprList decorators);
    void parse_params(Arguments& arguments, bool lambda);
    Arg* parse_param(bool lambda, bool star_annotation);
    Stmt* parse_if_stmt(bool elif);
    StmtList parse_else_block();
    Stmt* parse_while_stmt();
    Stmt* parse_for_stmt(Token const* async_token);
    Stmt* parse_with_stmt(Token const* async_token);
    WithItem parse_with_item(bool parenthesized);
    Stmt* parse_try_stmt();

    // ---- match statements (parse_match.cpp) ----
    Stmt* parse_match_stmt();
    MatchCase* parse_case_block();
    Pattern* parse_patterns();
    Pattern* parse_maybe_star_pattern();
    Pattern* parse_pattern();
    Pattern* parse_or_pattern();
    Pattern* parse_closed_pattern();
    Pattern* parse_group_or_sequence_pattern();
    Pattern* parse_mapping_pattern();
    Pattern* parse_class_pattern(Expr* cls, Token const& start);
    Expr* parse_pattern_number();
    ExceptHandler* parse_except_block();

    // ---- expressions (parse_expr.cpp) ----
    Expr* parse_expression();
    Expr* parse_expression_uncached(std::size_t start_mark);
    [[gnu::noinline]] Expr* parse_expression_chain(Expr* first, SourceLocation const& first_start);
    [[gnu::noinline]] void check_invalid_expression(Expr* body, std::size_t start_mark);
    Expr* parse_yield_expr();
    Expr* parse_star_expressions();
    Expr* parse_star_expression();
    ExprList parse_star_named_expressions(TokenKind closing);
    Expr* parse_star_named_expression();
    Expr* parse_named_expression();
    [[gnu::noinline]] void check_invalid_named_expression(Expr* expr, std::size_t start_mark);
    Expr* parse_disjunction();
    Expr* parse_conjunction();
    [[gnu::noinline]] Expr* parse_bool_operators(Expr* first, SourceLocation const& start, BoolOperator kind);
    Expr* parse_inversion();
    [[gnu::noinline]] Expr* parse_not_chain();
    Expr* parse_comparison();
    [[gnu::noinline]] Expr* parse_comparison_operators(Expr* left, SourceLocation const& start);
    Expr* parse_bitwise_or();
    [[gnu::noinline]] Expr* parse_binary_operators(Expr* first, SourceLocation const& first_extent);
    Expr* parse_factor();
    [[gnu::noinline]] Expr* parse_power_chain(Expr* first, SourceLocation const& first_start);
    Expr* parse_await_primary();
    Expr* parse_primary();
    Expr* parse_trailer(Expr* primary, SourceLocation const& start);
    Expr* parse_atom();
    Expr* parse_slices();
    Expr* parse_slice();
    Expr* parse_parenthesized();
    Expr* parse_list_display();
    Expr* parse_brace_display();
    std::vector<Comprehension> parse_for_if_clauses();
    void parse_arguments(Call* call);
    Expr* parse_annotated_rhs();
    Expr* parse_number(Token const& token);
    bool starts_expression(std::size_t ahead = 0);

    // Targets: star_targets and the conversion of a parsed expression into a target.
    Expr* parse_star_targets();
    Expr* parse_star_target();
    Expr* set_target_context(Expr* target, ExprContext context, TargetKind kind);
    static Expr* find_invalid_target(Expr* expr, TargetKind kind);
    static char const* expression_name(Expr const* expr);
    [[noreturn]] void raise_invalid_target(Expr* expr, TargetKind kind);

    // ---- strings (parse_fstring.cpp) ----
    // strings: STRING+ (implicit concatenation, f-strings included)
    Expr* parse_strings();

    // ---- shared state ----
    SourceFile const& source() const { return m_source; }
    template <class T> T* make(SourceLocation location) { return m_arena.make<T>(location); }
    Name* make_name(Token const& token, ExprContext context);

    // Counts nested rule calls; past max_parse_depth the parse fails with CPython's MemoryError.
    class DepthGuard {
      public:
        explicit DepthGuard(Parser& parser, int weight = expression_depth_weight);
        ~DepthGuard() { m_parser.m_depth -= m_weight; }
        DepthGuard(DepthGuard const&) = delete;
        DepthGuard& operator=(DepthGuard const&) = delete;

      private:
        Parser& m_parser;
        int m_weight;
    };

    // Runs `rule` as CPython's second pass would, with its invalid_* rules: the furthest token read is not
    // updated, and with `without_invalid` (CPython's expression_without_invalid) no specific error is raised
    // either. Returns false when the rule does not match; the position is left where it stopped, for the
    // caller to reset.
    template <class Rule> bool speculate(Rule&& rule, bool without_invalid = false) {
        struct Restore {
            Parser& parser;
            bool lookahead;
            bool without_invalid;
            ~Restore() {
                parser.m_lookahead = lookahead;
                parser.m_without_invalid = without_invalid;
            }
        } restore{*this, m_lookahead, m_without_invalid};
        m_lookahead = true;
        m_without_invalid = m_without_invalid || without_invalid;
        try {
            rule();
        } catch (ParseFailure const&) {
            return false;
        }
        return true;
    }
    // Runs `rule` in the first pass; in a diagnostic look (m_lookahead), a rule that fails leaves the
    // position where it was and returns false, so that the caller keeps the longest prefix, as a PEG rule
    // does.
    template <class Rule> bool attempt(Rule&& rule) {
        if (!m_lookahead) {
            rule();
            return true;
        }
        std::size_t const before = m_mark;
        if (speculate(rule))
            return true;
        m_mark = before;
        return false;
    }

    // Whether the expression is written in parentheses of its own (a group).
    bool is_parenthesized(Expr const* expr) const;
    bool is_group_start(Expr const* expr) const;
    bool is_bitwise_or_level(Expr const* expr) const;
    bool starts_with_display(Expr const* expr) const;
    void check_invalid_assignment(ExprList const& targets, Expr* next, bool next_is_target);

    // Set while the parser looks further than CPython's first pass would, to choose a better message: the
    // furthest token read is then not updated (CPython reports "invalid syntax" where its first pass
    // stopped).
    bool m_lookahead = false;
    // Set inside CPython's expression_without_invalid: the invalid_* rules are off, so nothing specific is
    // raised.
    bool m_without_invalid = false;
    // Where `expression` was parsed without its invalid_* alternatives: CPython memoizes it there, and the
    // second pass then reuses that result, so no expression starting at these tokens reports a specific
    // error.
    std::vector<std::size_t> m_memoized_without_invalid;
    struct MemoEntry {
        Expr* expr;      // nullptr: the rule failed there
        std::size_t end; // where it stopped
    };
    // Results of `expression` in diagnostic looks, by 2 * token index + (m_without_invalid ? 1 : 0).
    std::unordered_map<std::size_t, MemoEntry> m_expression_memo;
    // Inside an f-string expression: CPython's Py_fstring_input start rule.
    bool m_fstring_input = false;
    int m_fstring_column_shift = 0;

  private:
    SourceFile const& m_source;
    AstArena& m_arena;
    Lexer m_lexer;
    // Every token read so far (CPython: p->tokens); a deque keeps references to them valid as it grows.
    std::deque<Token> m_tokens;
    // The next token to consume.
    std::size_t m_mark = 0;
    // How many tokens the first pass has read (CPython: p->fill when the first pass fails).
    std::size_t m_furthest = 0;
    int m_depth = 0;
    int m_legacy_depth = 0;
    // The error being reported is the lexer's.
    bool m_lexer_failed = false;
    bool m_error_at_end = false;  // the error being raised is at the end of the input (SyntaxErrorReport)
    // An unexpected INDENT or DEDENT: CPython does not look at the rest of the file.
    bool m_skip_source_check = false;
};

// The depth of a tree as CPython's symtable counts it (statements and expressions on the deepest path), found
// without recursion (ast.cpp).
int tree_depth(StmtList const& body);

} // namespace weft::front
