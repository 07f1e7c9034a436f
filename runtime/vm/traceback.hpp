// Exceptions made from front-end reports (defined in traceback.cpp, which also formats tracebacks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "interpreter/source.hpp"
#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;
struct Exception;
struct Str;

// A SyntaxError object for a front-end report, with filename, line, offset and text as CPython sets them.
Value make_syntax_error(VM& vm, front::SyntaxErrorReport const& report, front::SourceFile const& source);

// The name an uncaught AttributeError or NameError suggests ("Did you mean: 'x'?"), or null (vm/suggestions.cpp)
Str* suggest_name(VM& vm, Exception* e);

struct CodeObject;

// One traceback frame as CPython prints it: "  File ..., line N, in f", the source line and its carets.
void format_frame_line(std::string& out, CodeObject* code, std::uint32_t offset);
// Code of weft's own library modules ("<frozen asyncio>"): tracebacks leave their frames out, as the frames of
// CPython's C code are never shown (its Python library's frames are left out of the expected output likewise).
bool is_library_code(CodeObject const* code);
struct Type;
// A class as tracebacks name it: its __qualname__, after its __module__ unless that is builtins or __main__.
std::string type_display_name(VM& vm, Type* t);
// The last part of a printed exception: "Type: message" (a SyntaxError's source and caret) and the notes.
std::string format_exception_only(VM& vm, Value const& exc_value);

} // namespace weft::rt
