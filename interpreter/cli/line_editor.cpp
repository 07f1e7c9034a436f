// The `_lineedit` module of the `weft` program: the REPL's line editing, history and tab completion through
// libedit's readline interface, driven a character at a time (rl_callback_read_char) so that the REPL's event
// loop keeps running tasks while a prompt waits for input. Output written while a prompt is shown erases the
// prompt line first and redraws the prompt and what was typed after it.
#include "interpreter/cli/line_editor.hpp"

#include <poll.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include <editline/readline.h>

namespace weft::cli {

namespace {

// libedit's callback interface has one line in progress per process; so has the REPL.
struct EditorState {
    weft::Engine* engine = nullptr;
    bool prompt_shown = false;
    std::optional<std::string> line;  // the line the last character completed
    bool end_of_input = false;        // Ctrl-D on an empty line
    weft::Object completer;           // completer(text, state) -> str or None, as readline's
    std::string history_file;
};

EditorState& g_editor = *new EditorState;  // never destroyed: the process ends with the engine still alive

void on_line(char* text) {
    if (!text) {
        g_editor.end_of_input = true;
    } else {
        g_editor.line = text;
        std::free(text);
    }
    // the finished line leaves the prompt: libedit does not print the newline for us in callback mode
    rl_callback_handler_remove();
    g_editor.prompt_shown = false;
}

// Tab completion through the REPL's completer: each call gives the next candidate for `text`
char* complete_entry(char const* text, int state) {
    if (g_editor.completer.empty())
        return nullptr;
    try {
        weft::Object r = g_editor.completer(text, state);
        if (r.type_name() != "str")
            return nullptr;
        return ::strdup(r.as<std::string>().c_str());
    } catch (weft::Error const&) {
        return nullptr;  // a completer that fails completes nothing, as readline's
    }
}

char** attempt_completion(char const* text, int, int) {
    rl_attempted_completion_over = 1;  // no file-name completion when ours finds nothing
    return rl_completion_matches(text, complete_entry);
}

// Output buffered while the prompt was shown goes out above the prompt, which is then drawn again
void show_pending_output() {
    if (g_editor.engine->pending_stdout() == 0)
        return;
    if (g_editor.prompt_shown)
        (void)!::write(1, "\r\x1b[K", 4);
    g_editor.engine->flush_stdout();
    if (g_editor.prompt_shown)
        rl_forced_update_display();
}

} // namespace

void add_lineedit_module(weft::Engine& engine) {
    g_editor.engine = &engine;
    rl_readline_name = "weft";
    rl_attempted_completion_function = attempt_completion;
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    engine.module("_lineedit")
        // start(prompt): shows the prompt and begins a line
        .def("start", [](weft::Object prompt) {
            std::string text = prompt.str();
            g_editor.engine->flush_stdout();
            g_editor.line.reset();
            g_editor.end_of_input = false;
            rl_callback_handler_install(text.c_str(), on_line);
            g_editor.prompt_shown = true;
        })
        // feed(): reads what has been typed; the line once Enter completed it, else None; EOFError after Ctrl-D
        .def("feed", []() -> std::optional<std::string> {
            show_pending_output();
            for (;;) {
                struct pollfd p = {0, POLLIN, 0};
                if (::poll(&p, 1, 0) <= 0 || !g_editor.prompt_shown)
                    break;
                rl_callback_read_char();
                if (g_editor.line || g_editor.end_of_input)
                    break;
            }
            if (g_editor.end_of_input) {
                g_editor.end_of_input = false;
                (void)!::write(1, "\n", 1);
                throw weft::Error("EOFError", "");
            }
            std::optional<std::string> line = std::move(g_editor.line);
            g_editor.line.reset();
            return line;
        })
        // wait(seconds): waits until something is typed or the time passed; True when input is ready. A signal
        // ends the wait (Ctrl-C's KeyboardInterrupt comes at the REPL's next step).
        .def("wait", [](double seconds) {
            struct pollfd p = {0, POLLIN, 0};
            return ::poll(&p, 1, static_cast<int>(seconds * 1000)) > 0;
        })
        // stop(): abandons the line being typed (after Ctrl-C) and leaves the prompt
        .def("stop", [] {
            if (g_editor.prompt_shown) {
                rl_replace_line("", 0);
                rl_callback_handler_remove();
                g_editor.prompt_shown = false;
            }
        })
        .def("add_history", [](weft::Object line) {
            std::string text = line.str();
            if (!text.empty()) {
                ::add_history(text.c_str());
                if (!g_editor.history_file.empty())
                    (void)::write_history(g_editor.history_file.c_str());
            }
        })
        // read_history(): loads ~/.weft_history ($HOME's, when HOME is set), which add_history() then keeps up to
        // date. The path is made here, from the environment's bytes, so that the REPL need not import os first.
        .def("read_history", [] {
            char const* home = std::getenv("HOME");
            if (home == nullptr || *home == '\0')
                return;
            g_editor.history_file = home;
            if (g_editor.history_file.back() != '/')
                g_editor.history_file += '/';
            g_editor.history_file += ".weft_history";
            ::stifle_history(1000);
            (void)::read_history(g_editor.history_file.c_str());
        })
        .def("set_completer", [](weft::Object completer) {
            g_editor.completer = completer.is_none() ? weft::Object() : completer;
        });
}

} // namespace weft::cli
