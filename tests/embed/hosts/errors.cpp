// Errors both ways: a script's exception reaches the host as weft::Error (type, message, CPython's traceback
// text); a C++ exception thrown by a bound function reaches the script as the Python exception it stands for.
#include <stdexcept>

#include "check.hpp"

struct QuotaExceeded : std::exception {
    char const* what() const noexcept override { return "quota exceeded"; }
};

int main() {
    std::string err;
    weft::Options options;
    options.stderr_sink = [&](std::string_view text) { err += text; };
    weft::Engine engine(options);

    // script → host
    try {
        engine.run_string("def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nouter()\n", "calc.py");
        CHECK(false);
    } catch (weft::Error const& e) {
        CHECK_EQ(e.type_name(), "ZeroDivisionError");
        CHECK_EQ(e.message(), "division by zero");
        CHECK_EQ(std::string(e.what()), "ZeroDivisionError: division by zero");
        CHECK_EQ(e.traceback(),
                 "Traceback (most recent call last):\n"
                 "  File \"calc.py\", line 7, in <module>\n"
                 "    outer()\n"
                 "  File \"calc.py\", line 5, in outer\n"
                 "    return inner(0)\n"
                 "           ^^^^^^^^\n"
                 "  File \"calc.py\", line 2, in inner\n"
                 "    return 1 / x\n"
                 "           ~~^~~\n"
                 "ZeroDivisionError: division by zero\n");
        CHECK_EQ(e.exception().type_name(), "ZeroDivisionError");
    }
    CHECK_EQ(error_of([&] { engine.run_string("class Custom(Exception): pass\nraise Custom('mine')"); }),
             "Custom: mine");
    CHECK_EQ(error_of([&] { engine.run_string("import json\njson.loads('{')"); }),
             "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
    CHECK_EQ(error_of([&] { engine.run_string("x = (1,"); }), "SyntaxError: '(' was never closed (<string>, line 1)");
    CHECK_EQ(error_of([&] { engine.run_string("raise SystemExit(3)"); }), "SystemExit: 3");
    CHECK_EQ(error_of([&] { engine.run_file("/nonexistent/x.py"); }),
             "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x.py'");
    CHECK_EQ(error_of([&] { engine.import("no_such_module"); }), "ModuleNotFoundError: No module named 'no_such_module'");

    // host → script: the standard translations
    engine.def("fail", [](std::string kind) -> int {
        if (kind == "range") throw std::out_of_range("index 7 out of range");
        if (kind == "arg") throw std::invalid_argument("bad value");
        if (kind == "domain") throw std::domain_error("not in domain");
        if (kind == "alloc") throw std::bad_alloc();
        if (kind == "runtime") throw std::runtime_error("it broke");
        if (kind == "weft") throw weft::Error("KeyError", "missing");
        if (kind == "quota") throw QuotaExceeded();
        if (kind == "int") throw 42;
        return 0;
    });
    engine.run_string(
        "def probe(kind):\n"
        "    try:\n"
        "        fail(kind)\n"
        "    except Exception as e:\n"
        "        return f'{type(e).__name__}: {e}'\n");
    auto probe = [&](char const* kind) { return engine.globals()["probe"](kind).as<std::string>(); };
    CHECK_EQ(probe("range"), "IndexError: index 7 out of range");
    CHECK_EQ(probe("arg"), "ValueError: bad value");
    CHECK_EQ(probe("domain"), "ValueError: not in domain");
    CHECK_EQ(probe("alloc"), "MemoryError: ");
    CHECK_EQ(probe("runtime"), "RuntimeError: it broke");
    CHECK_EQ(probe("weft"), "KeyError: 'missing'");
    CHECK_EQ(probe("quota"), "RuntimeError: quota exceeded");
    CHECK_EQ(probe("int"), "RuntimeError: unknown C++ exception");

    // a translator of the host's own exception type
    engine.register_exception_translator([](std::exception_ptr p) {
        try {
            std::rethrow_exception(p);
        } catch (QuotaExceeded const& e) {
            throw weft::Error("PermissionError", e.what());
        }
    });
    CHECK_EQ(probe("quota"), "PermissionError: quota exceeded");

    // a script exception passing through a bound function keeps its identity
    engine.def("call_back", [](std::function<void()> f) { f(); });
    engine.run_string(
        "class Mine(Exception): pass\n"
        "def boom(): raise Mine('through C++')\n"
        "try:\n"
        "    call_back(boom)\n"
        "except Mine as e:\n"
        "    caught = repr(e)\n");
    CHECK_EQ(engine.eval("caught").as<std::string>(), "Mine('through C++')");

    // an uncaught error in the script, reported by the host as it likes
    CHECK_EQ(error_of([&] { engine.run_string("fail('range')"); }), "IndexError: index 7 out of range");
    CHECK(err.empty());

    // an Error caught after its engine is gone (both leave the try block together) is still whole
    try {
        weft::Engine short_lived;
        short_lived.run_string("raise KeyError('gone')");
    } catch (weft::Error const& e) {
        CHECK_EQ(e.type_name(), "KeyError");
        CHECK_EQ(e.message(), "'gone'");
        CHECK(e.exception().empty());
        weft::Error copy = e;
        CHECK_EQ(copy.traceback(), e.traceback());
    }
    std::puts("errors: ok");
}
