// The `_lineedit` module of the `weft` program: the REPL's line editing, history and tab completion through
// libedit's readline interface, driven a character at a time (rl_callback_read_char) so that the REPL's event
// loop keeps running tasks while a prompt waits for input. Output written while a prompt is shown erases the
// prompt line first and redraws the prompt and what was typed after it.
#include "interpreter/cli/line_editor.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include <editline/readline.h>

namespace weft::cli {

using namespace weft::rt;

namespace {

// libedit's callback interface has one line in progress per process; so has the REPL.
struct EditorState {
    VM* vm = nullptr;
    bool prompt_shown = false;
    std::optional<std::string> line;  // the line the last character completed
    bool end_of_input = false;        // Ctrl-D on an empty line
    Value completer;                  // completer(text, state) -> str or None, as readline's
    std::string history_file;
};

EditorState g_editor;

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
    VM& vm = *g_editor.vm;
    if (g_editor.completer.is_null())
        return nullptr;
    Value args[2] = {vm.new_str(text), Value::from_int(state)};
    Result<Value> r = vm.call(g_editor.completer, args, 2);
    if (r.is_error()) {
        vm.take_exception();
        return nullptr;
    }
    Value v = r.value();
    if (!v.is_object() || vm.type_of(v)->layout != Layout::Str)
        return nullptr;
    return ::strdup(std::string(as<Str>(v)->view()).c_str());
}

char** attempt_completion(char const* text, int, int) {
    rl_attempted_completion_over = 1;  // no file-name completion when ours finds nothing
    return rl_completion_matches(text, complete_entry);
}

// Output buffered while the prompt was shown goes out above the prompt, which is then drawn again
Result<void> show_pending_output(VM& vm) {
    if (vm.stdout_buffer.empty())
        return {};
    if (g_editor.prompt_shown)
        (void)!::write(1, "\r\x1b[K", 4);
    TRY(vm.flush_stdout());
    if (g_editor.prompt_shown)
        rl_forced_update_display();
    return {};
}

// start(prompt): shows the prompt and begins a line
Result<Value> lineedit_start(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string prompt = TRY(vm.str_string(args[0]));
    TRY(vm.flush_stdout());
    g_editor.line.reset();
    g_editor.end_of_input = false;
    rl_callback_handler_install(prompt.c_str(), on_line);
    g_editor.prompt_shown = true;
    return Value::none();
}

// feed(): reads what has been typed; the line once Enter completed it, else None; EOFError after Ctrl-D
Result<Value> lineedit_feed(VM& vm, Value const*, std::size_t, Tuple*) {
    TRY(show_pending_output(vm));
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
        return vm.raise(vm.types.EOFError, "");
    }
    if (!g_editor.line)
        return Value::none();
    std::string line = std::move(*g_editor.line);
    g_editor.line.reset();
    return vm.new_str(line);
}

// wait(seconds): waits until something is typed or the time passed; True when input is ready. A signal ends
// the wait (its handler runs: Ctrl-C raises KeyboardInterrupt from here).
Result<Value> lineedit_wait(VM& vm, Value const* args, std::size_t, Tuple*) {
    double seconds = TRY(vm.to_double(args[0]));
    struct pollfd p = {0, POLLIN, 0};
    int n = ::poll(&p, 1, static_cast<int>(seconds * 1000));
    if (n < 0 && errno == EINTR && vm.interrupt_pending())
        TRY(vm.handle_interrupt());
    return Value::from_bool(n > 0);
}

// stop(): abandons the line being typed (after Ctrl-C) and leaves the prompt
Result<Value> lineedit_stop(VM& vm, Value const*, std::size_t, Tuple*) {
    if (g_editor.prompt_shown) {
        rl_replace_line("", 0);
        rl_callback_handler_remove();
        g_editor.prompt_shown = false;
    }
    return Value::none();
}

Result<Value> lineedit_add_history(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string line = TRY(vm.str_string(args[0]));
    if (!line.empty()) {
        ::add_history(line.c_str());
        if (!g_editor.history_file.empty())
            (void)::write_history(g_editor.history_file.c_str());
    }
    return Value::none();
}

// read_history(path): loads the history file, which add_history() then keeps up to date
Result<Value> lineedit_read_history(VM& vm, Value const* args, std::size_t, Tuple*) {
    g_editor.history_file = TRY(vm.str_string(args[0]));
    ::stifle_history(1000);
    (void)::read_history(g_editor.history_file.c_str());
    return Value::none();
}

Result<Value> lineedit_set_completer(VM& vm, Value const* args, std::size_t, Tuple*) {
    g_editor.completer = args[0].is_none() ? Value() : args[0];
    return Value::none();
}

} // namespace

Result<void> init_lineedit_module(VM& vm, Module& m) {
    g_editor.vm = &vm;
    rl_readline_name = "weft";
    rl_attempted_completion_function = attempt_completion;
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    Dict* d = m.dict.get();
    add_function(vm, d, "start", lineedit_start, Args::one());
    add_function(vm, d, "feed", lineedit_feed, Args::none());
    add_function(vm, d, "wait", lineedit_wait, Args::one());
    add_function(vm, d, "stop", lineedit_stop, Args::none());
    add_function(vm, d, "add_history", lineedit_add_history, Args::one());
    add_function(vm, d, "read_history", lineedit_read_history, Args::one());
    add_function(vm, d, "set_completer", lineedit_set_completer, Args::one());
    return {};
}

} // namespace weft::cli
