// The `weft` program's own module `_lineedit` (line_editor.cpp), which the REPL (repl.py) reads lines through:
// functions bound with the embedding API, as any host binds its own.
#pragma once

#include <weft/weft.hpp>

namespace weft::cli {

void add_lineedit_module(weft::Engine& engine);

} // namespace weft::cli
