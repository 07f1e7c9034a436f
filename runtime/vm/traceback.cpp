// Tracebacks and exception reports, formatted in exactly one place, as CPython 3.11's default excepthook
// prints them (Python/traceback.c, Python/pythonrun.c print_exception*, Lib/traceback.py): file, line,
// function, the source line with ~~^~~ anchors, "[Previous line repeated N more times]", chained
// exceptions, and SyntaxError reports with a caret.
#include <memory>

#include "interpreter/parser.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/traceback.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

void VM::add_traceback(Exception* exc, Frame* frame, std::size_t offset) {
    exc->traceback.push_back(TracebackEntry{Ref<CodeObject>::borrowed(frame->code()), static_cast<std::uint32_t>(offset)});
}

namespace {

constexpr int recursive_cutoff = 3;  // CPython: TB_RECURSIVE_CUTOFF

std::string_view strip(std::string_view s, int& leading) {
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) ++b;
    std::size_t e = s.size();
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\f')) --e;
    leading = static_cast<int>(b);
    return s.substr(b, e - b);
}

// CPython: traceback.py _extract_caret_anchors_from_line_segment. Offsets are characters into `segment`.
bool caret_anchors(std::string_view segment, int& left_end, int& right_start) {
    std::string text(segment);
    front::SourceFile source("<segment>", text);
    front::ParseResult parsed = front::parse_module(source);
    if (!parsed.module || parsed.module->body.size() != 1)
        return false;
    front::Stmt const* stmt = parsed.module->body[0];
    if (stmt->kind != front::Stmt::Kind::ExprStmt)
        return false;
    front::Expr const* expr = static_cast<front::ExprStmt const*>(stmt)->value;
    auto normalize = [&](int byte_offset) { return front::character_column(segment, byte_offset); };
    if (expr->kind == front::Expr::Kind::BinOp) {
        auto const* b = static_cast<front::BinOp const*>(expr);
        if (b->left->location.end_line != 1 || b->right->location.line != 1)
            return false;
        int op_start = b->left->location.end_column;
        int op_end = b->right->location.column;
        std::string_view op_text = segment.substr(static_cast<std::size_t>(op_start),
                                                  static_cast<std::size_t>(op_end - op_start));
        // CPython 3.11.2 strips only whitespace; parentheses around the left operand are part of operator_str
        std::size_t lead = 0;
        while (lead < op_text.size() && (op_text[lead] == ' ' || op_text[lead] == '\t' || op_text[lead] == '\n'))
            ++lead;
        int left = op_start + static_cast<int>(lead);
        int right = left + 1;
        if (lead + 1 < op_text.size() && !(op_text[lead + 1] == ' ' || op_text[lead + 1] == '\t' || op_text[lead + 1] == '\n'))
            ++right;
        left_end = normalize(left);
        right_start = normalize(right);
        return true;
    }
    if (expr->kind == front::Expr::Kind::Subscript) {
        auto const* s = static_cast<front::Subscript const*>(expr);
        if (s->value->location.end_line != 1 || s->slice->location.end_line != 1)
            return false;
        left_end = normalize(s->value->location.end_column);
        right_start = normalize(s->slice->location.end_column + 1);
        return true;
    }
    return false;
}

} // namespace

bool is_library_code(CodeObject const* code) {
    return code->filename && code->filename->view().starts_with("<frozen ");
}

void format_frame_line(std::string& out, CodeObject* code, std::uint32_t offset) {
    front::SourceLocation loc = code->location_of(offset);
    std::string filename = code->filename ? std::string(code->filename->view()) : "<unknown>";
    out += format("  File \"{}\", line {}, in {}\n", filename, loc.line, code->name->view());
    if (!code->unit || !code->unit->source)
        return;
    // CPython reads the line from the file through linecache, which has none for `python -c` and stdin
    if (filename == "<string>" || filename == "<stdin>")
        return;
    std::string_view line = code->unit->source->line_text(loc.line);
    int leading = 0;
    std::string_view stripped = strip(line, leading);
    if (stripped.empty())
        return;
    out += "    ";
    out += stripped;
    out += "\n";
    if (loc.end_line <= 0 || loc.column < 0)
        return;
    int start = front::character_column(line, loc.column);
    int end;
    bool anchors = false;
    int left_end = 0, right_start = 0;
    if (loc.end_line == loc.line) {
        end = front::character_column(line, loc.end_column);
        if (loc.end_column > loc.column)
            anchors = caret_anchors(line.substr(static_cast<std::size_t>(loc.column),
                                                static_cast<std::size_t>(loc.end_column - loc.column)),
                                    left_end, right_start);
    } else {
        end = front::character_column(line, leading) + static_cast<int>(front::character_column(stripped, static_cast<int>(stripped.size())));
    }
    int stripped_chars = front::character_column(line, leading);
    int stripped_len = front::character_column(stripped, static_cast<int>(stripped.size()));
    if (end - start < stripped_len || (anchors && right_start - left_end > 0)) {
        out += "    ";
        out.append(static_cast<std::size_t>(std::max(0, start - stripped_chars)), ' ');
        if (anchors) {
            out.append(static_cast<std::size_t>(left_end), '~');
            out.append(static_cast<std::size_t>(right_start - left_end), '^');
            out.append(static_cast<std::size_t>(std::max(0, end - start - right_start)), '~');
        } else {
            out.append(static_cast<std::size_t>(std::max(1, end - start)), '^');
        }
        out += "\n";
    }
}

std::string type_display_name(VM& vm, Type* t) {
    // CPython 3.11: print_exception names the class by its __module__ and __qualname__, but for builtins and
    // __main__; a class statement's __module__ is in its dict, where a program may change it
    std::string module = t->module_name;
    if (t->is_heap && t->dict)
        if (Value m = dict_get_str(t->dict.get(), vm.names.dunder_module); layout_of(m) == Layout::Str)
            module = std::string(as<Str>(m)->view());
    if (module.empty() || module == "builtins" || module == "__main__")
        return std::string(t->qualname->view());
    return module + "." + std::string(t->qualname->view());
}

namespace {

Value exc_attr(VM& vm, Exception* e, char const* name) {
    if (!e->dict) return Value();
    return dict_get_str(e->dict.get(), vm.intern(name));
}

void format_syntax_error(VM& vm, std::string& out, Exception* e) {
    Value filename = exc_attr(vm, e, "filename");
    Value lineno = exc_attr(vm, e, "lineno");
    Value offset = exc_attr(vm, e, "offset");
    Value end_offset = exc_attr(vm, e, "end_offset");
    Value end_lineno = exc_attr(vm, e, "end_lineno");
    Value text = exc_attr(vm, e, "text");
    Value msg = exc_attr(vm, e, "msg");
    if (!lineno.is_null() && lineno.is_int()) {
        std::string fname = filename.is_object() ? std::string(as<Str>(filename)->view()) : "<string>";
        out += format("  File \"{}\", line {}\n", fname, lineno.as_int());
    }
    if (text.is_object() && vm.type_of(text)->layout == Layout::Str) {
        std::string_view t = as<Str>(text)->view();
        std::int64_t off = offset.is_int() ? offset.as_int() : 0;
        std::int64_t end = end_offset.is_int() ? end_offset.as_int() : off;
        if (e->type != vm.types.SyntaxError)
            end = -1;  // CPython: subclasses (IndentationError, TabError) show one caret
        else if (end_lineno.is_int() && lineno.is_int() && end_lineno.as_int() > lineno.as_int())
            end = static_cast<std::int64_t>(t.size());  // CPython: the line's UTF-8 size, its newline included
        // CPython: print_error_text
        std::int64_t o = off - 1;
        std::size_t i = 0;
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\f')) {
            ++i;
            --o;
        }
        std::string_view rest = t.substr(i);
        std::size_t len = rest.size();
        if (len > 0 && rest[len - 1] == '\n') --len;
        std::int64_t chars = front::character_column(rest, static_cast<int>(len));
        if (o > chars) o = chars;
        out += "    ";
        out += rest.substr(0, len);
        out += "\n";
        if (off != 0 && o >= 0) {
            // CPython: print_error_text: caret_repetitions = end_offset > offset ? end_offset - offset : 1
            std::int64_t line_size = static_cast<std::int64_t>(t.size());
            if (end > line_size + 1) end = line_size + 1;
            std::int64_t width = end > 0 && end > off ? end - off : 1;
            out += "    ";
            out.append(static_cast<std::size_t>(o), ' ');
            out.append(static_cast<std::size_t>(width), '^');
            out += "\n";
        }
    }
    std::string m = msg.is_object() ? std::string(as<Str>(msg)->view()) : "<no detail available>";
    out += format("{}: {}\n", type_display_name(vm, e->type), m);
}

// "Traceback (most recent call last):" and the frames, outermost first, runs of one line collapsed
// (CPython: StackSummary.format), or nothing for an exception that was never raised
std::string format_stack(Exception* e, char const* title) {
    std::string out;
    if (e->traceback.empty())
        return out;
    out += title;
    std::string last_file;
    int last_line = -1;
    std::string last_name;
    int count = 0;
    auto flush_repeats = [&] {
        if (count > recursive_cutoff) {
            int more = count - recursive_cutoff;
            out += format("  [Previous line repeated {} more time{}]\n", more, more > 1 ? "s" : "");
        }
    };
    // entries are stored innermost first
    for (std::size_t k = e->traceback.size(); k-- > 0;) {
        TracebackEntry const& entry = e->traceback[k];
        CodeObject* code = entry.code.get();
        if (is_library_code(code)) continue;
        std::string file(code->filename->view());
        int line = code->line_of(entry.offset);
        std::string name(code->name->view());
        if (file == last_file && line == last_line && name == last_name) {
            ++count;
        } else {
            flush_repeats();
            last_file = file;
            last_line = line;
            last_name = name;
            count = 1;
        }
        if (count <= recursive_cutoff)
            format_frame_line(out, code, entry.offset);
    }
    flush_repeats();
    return out;
}

} // namespace

// "Type: message" and the exception's notes (CPython: print_exception's last line, print_exception_notes)
std::string format_exception_only(VM& vm, Value const& exc_value) {
    Exception* e = as<Exception>(exc_value);
    std::string out;
    if (e->type->is_subtype_of(vm.types.SyntaxError) && e->dict && !exc_attr(vm, e, "msg").is_null()) {
        format_syntax_error(vm, out, e);
    } else {
        std::string name = type_display_name(vm, e->type);
        Result<Value> s = vm.str(exc_value);
        if (s.is_error()) {
            vm.take_exception();
            out += format("{}: <exception str() failed>\n", name);
        } else {
            std::string_view text = as<Str>(s.value())->view();
            out += text.empty() ? name : format("{}: {}", name, text);
            if (Str* suggestion = suggest_name(vm, e))
                out += format(". Did you mean: '{}'?", suggestion->view());
            out += "\n";
        }
    }
    Value notes = e->dict ? dict_get_str(e->dict.get(), vm.intern("__notes__")) : Value();
    if (notes.is_null())
        return out;
    if (vm.match_kind(notes) != MatchKind::Sequence) {
        Result<std::string> r = vm.repr_string(notes);
        if (r.is_error()) {
            vm.take_exception();
            out += "<__notes__ repr() failed>\n";
        } else {
            out += r.value() + "\n";
        }
        return out;
    }
    Result<Ref<Tuple>> items = vm.to_tuple(notes);
    if (items.is_error()) {
        vm.take_exception();
        return out;
    }
    for (std::size_t i = 0; i < items.value()->size; ++i) {
        Result<std::string> r = vm.str_string(items.value()->items[i]);
        if (r.is_error()) {
            vm.take_exception();
            out += "<note str() failed>\n";
        } else {
            out += r.value() + "\n";
        }
    }
    return out;
}

namespace {

// Where a report stands inside exception groups (CPython: traceback._ExceptionPrintContext)
struct PrintContext {
    std::vector<Object*> seen;
    int group_depth = 0;
    bool need_close = false;
    static constexpr int max_group_width = 15;
    static constexpr int max_group_depth = 10;

    std::string indent() const { return std::string(static_cast<std::size_t>(2 * group_depth), ' '); }
    // `text` with each line behind the group margin ("| ", or `margin` for the first level's title)
    void emit(std::string& out, std::string_view text, char margin = '|') const {
        if (group_depth == 0) {
            out += text;
            return;
        }
        std::string prefix = indent() + margin + ' ';
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            end = end == std::string_view::npos ? text.size() : end + 1;
            out += prefix;
            out += text.substr(start, end - start);
            start = end;
        }
    }
    bool was_seen(Value const& v) const {
        for (Object* o : seen)
            if (o == v.as_object()) return true;
        return false;
    }
};

bool is_exception(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Exception; }

// An exception with its chain of causes and contexts, and the members of exception groups in boxes (CPython:
// TracebackException.format)
void format_chain(VM& vm, std::string& out, Value const& exc, PrintContext& ctx) {
    char const* const cause_message = "\nThe above exception was the direct cause of the following exception:\n\n";
    char const* const context_message = "\nDuring handling of the above exception, another exception occurred:\n\n";
    std::vector<std::pair<char const*, Value>> chain;
    Value current = exc;
    ctx.seen.push_back(current.as_object());
    while (!current.is_null()) {
        Exception* e = as<Exception>(current);
        Value next;
        char const* message = nullptr;
        if (is_exception(vm, e->cause) && !ctx.was_seen(e->cause)) {
            message = cause_message;
            next = e->cause;
        } else if (!e->suppress_context && is_exception(vm, e->context) && !ctx.was_seen(e->context)) {
            message = context_message;
            next = e->context;
        }
        chain.emplace_back(message, current);
        if (chain.size() > 1000)
            break;
        if (!next.is_null())
            ctx.seen.push_back(next.as_object());
        current = next;
    }
    for (std::size_t k = chain.size(); k-- > 0;) {
        auto const& [message, e_value] = chain[k];
        if (message)
            ctx.emit(out, message);
        Exception* e = as<Exception>(e_value);
        bool group = e->type->is_subtype_of(vm.types.BaseExceptionGroup) && e->value.is_object() &&
                     vm.type_of(e->value)->layout == Layout::Tuple;
        if (!group) {
            ctx.emit(out, format_stack(e, "Traceback (most recent call last):\n"));
            ctx.emit(out, format_exception_only(vm, e_value));
        } else if (ctx.group_depth > PrintContext::max_group_depth) {
            ctx.emit(out, format("... (max_group_depth is {})\n", PrintContext::max_group_depth));
        } else {
            bool top_level = ctx.group_depth == 0;
            if (top_level)
                ++ctx.group_depth;
            std::string stack = format_stack(e, "Exception Group Traceback (most recent call last):\n");
            if (!stack.empty()) {
                std::size_t title_end = stack.find('\n') + 1;
                ctx.emit(out, std::string_view(stack).substr(0, title_end), top_level ? '+' : '|');
                ctx.emit(out, std::string_view(stack).substr(title_end));
            }
            ctx.emit(out, format_exception_only(vm, e_value));
            Tuple* members = as<Tuple>(e->value);
            std::size_t count = members->size;
            std::size_t n = count <= PrintContext::max_group_width ? count : PrintContext::max_group_width + 1;
            ctx.need_close = false;
            for (std::size_t i = 0; i < n; ++i) {
                bool last = i == n - 1;
                if (last)
                    ctx.need_close = true;
                bool truncated = i >= static_cast<std::size_t>(PrintContext::max_group_width);
                std::string title = truncated ? "..." : std::to_string(i + 1);
                out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
                ++ctx.group_depth;
                if (!truncated) {
                    Value member = members->items[i];
                    if (is_exception(vm, member)) {
                        ctx.seen.push_back(member.as_object());
                        format_chain(vm, out, member, ctx);
                    }
                } else {
                    std::size_t remaining = count - PrintContext::max_group_width;
                    ctx.emit(out, format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
                }
                if (last && ctx.need_close) {
                    out += ctx.indent() + "+------------------------------------\n";
                    ctx.need_close = false;
                }
                --ctx.group_depth;
            }
            if (top_level)
                ctx.group_depth = 0;
        }
    }
}

} // namespace

std::string VM::format_exception(Value const& exc) {
    std::string out;
    if (!(exc.is_object() && type_of(exc)->layout == Layout::Exception))
        return "TypeError: print_exception(): Exception expected for value, " + std::string(type_of(exc)->name->view()) + " found\n";
    PrintContext ctx;
    Value saved = take_exception();
    format_chain(*this, out, exc, ctx);
    restore_exception(std::move(saved));
    return out;
}

void VM::print_exception(Value const& exc) {
    (void)flush_stdout_if_interactive();
    write_stderr(format_exception(exc));
}

// The SyntaxError object for a front-end report (filename, lineno, offset, text, end_lineno, end_offset).
Value make_syntax_error(VM& vm, front::SyntaxErrorReport const& report, front::SourceFile const& source) {
    Type* type = report.kind == "IndentationError" ? vm.types.IndentationError
                 : report.kind == "TabError"       ? vm.types.TabError
                 : report.kind == "RecursionError" ? vm.types.RecursionError
                 : report.kind == "MemoryError"    ? vm.types.MemoryError
                                                   : vm.types.SyntaxError;
    Value msg = vm.new_str(report.message);
    Result<Value> made = vm.new_exception(type, &msg, 1);
    if (made.is_error())
        return Value();
    Value exc = made.release_value();
    // Errors of the whole source have no location: the compiler's recursion limit (CPython raises RecursionError
    // from the symtable) and bytes that are not UTF-8 (line -1: the tokenizer's plain SyntaxError, printed without a
    // "File" line)
    if (!type->is_subtype_of(vm.types.SyntaxError))
        return exc;
    Exception* e = as<Exception>(exc);
    e->dict = vm.new_dict();
    if (report.location.line < 0) {
        dict_set_str(vm, e->dict.get(), vm.intern("msg"), msg);
        for (char const* name : {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"})
            dict_set_str(vm, e->dict.get(), vm.intern(name), Value::none());
        return exc;
    }
    std::string_view line = source.line_text(report.location.line);
    int offset = front::character_column(line, report.location.column) + 1;
    int end_offset = report.location.end_line == report.location.line
                         ? front::character_column(line, report.location.end_column) + 1
                         : (report.location.end_line > 0 ? static_cast<int>(front::character_column(line, static_cast<int>(line.size()))) + 1 : offset);
    if (report.location.line <= 0 || report.location.column < 0) offset = 0;  // no column (CPython: offset 0)
    if (report.location.column < 0) end_offset = 0;
    Dict* d = e->dict.get();
    dict_set_str(vm, d, vm.intern("msg"), msg);
    dict_set_str(vm, d, vm.intern("filename"), vm.new_str(source.name()));
    dict_set_str(vm, d, vm.intern("lineno"), Value::from_int(report.location.line));
    dict_set_str(vm, d, vm.intern("offset"), Value::from_int(offset));
    dict_set_str(vm, d, vm.intern("end_lineno"), Value::from_int(report.location.end_line > 0 ? report.location.end_line : report.location.line));
    dict_set_str(vm, d, vm.intern("end_offset"), Value::from_int(end_offset));
    dict_set_str(vm, d, vm.intern("text"), report.location.line > 0 ? vm.new_str(std::string(line) + "\n") : Value::none());
    // args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)) as CPython
    auto details = vm.new_tuple(6);
    details->items[0] = vm.new_str(source.name());
    details->items[1] = Value::from_int(report.location.line);
    details->items[2] = Value::from_int(offset);
    details->items[3] = dict_get_str(d, vm.intern("text"));
    details->items[4] = dict_get_str(d, vm.intern("end_lineno"));
    details->items[5] = Value::from_int(end_offset);
    auto args = vm.new_tuple(2);
    args->items[0] = msg;
    args->items[1] = details.take_value();
    e->args = std::move(args);
    return exc;
}

} // namespace weft::rt
