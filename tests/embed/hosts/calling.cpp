// Calling script code from C++ through weft::Object handles: attributes, calls with keyword arguments, items,
// iteration, modules, and handles that keep values alive.
#include "check.hpp"

int main() {
    std::string out;
    weft::Options options;
    options.stdout_sink = [&](std::string_view text) { out += text; };
    options.argv = {"host", "--fast"};
    weft::Engine engine(options);

    engine.run_string(
        "import sys\n"
        "def greet(name, punctuation='!'):\n"
        "    return f'hello {name}{punctuation}'\n"
        "class Counter:\n"
        "    def __init__(self, start):\n"
        "        self.n = start\n"
        "    def bump(self, by=1):\n"
        "        self.n += by\n"
        "        return self.n\n"
        "data = {'a': [1, 2, 3], 'b': 'text'}\n"
        "print('argv', sys.argv)\n");
    engine.run_string("import sys\nsys.stdout.flush()");
    CHECK_EQ(out, "argv ['host', '--fast']\n");

    weft::Object g = engine.globals();
    weft::Object greet = g["greet"];
    CHECK_EQ(greet("weft").as<std::string>(), "hello weft!");
    CHECK_EQ(greet("you", weft::arg("punctuation") = "?").as<std::string>(), "hello you?");

    weft::Object counter = g["Counter"](10);
    CHECK_EQ(counter.attr("n").as<int>(), 10);
    CHECK_EQ(counter.call_method("bump").as<int>(), 11);
    CHECK_EQ(counter.call_method("bump", weft::arg("by") = 5).as<int>(), 16);
    // a keyword named twice is the TypeError CPython gives f(a=1, **{"a": 2}), whether a parameter or **kwargs would
    // take it
    CHECK_EQ(error_of([&] { greet("x", weft::arg("punctuation") = "?", weft::arg("punctuation") = "!"); }),
             "TypeError: __main__.greet() got multiple values for keyword argument 'punctuation'");
    engine.run_string("def collect(**kw):\n    return sorted(kw.items())\n");
    weft::Object collect = g["collect"];
    CHECK_EQ(collect(weft::arg("b") = 1, weft::arg("a") = 2).repr(), "[('a', 2), ('b', 1)]");
    CHECK_EQ(error_of([&] { collect(weft::arg("b") = 1, weft::arg("b") = 2); }),
             "TypeError: __main__.collect() got multiple values for keyword argument 'b'");
    counter.set_attr("n", 100);
    CHECK_EQ(counter.attr("n").as<int>(), 100);
    CHECK(counter.has_attr("bump"));
    CHECK(!counter.has_attr("missing"));
    CHECK_EQ(error_of([&] { counter.attr("missing"); }), "AttributeError: 'Counter' object has no attribute 'missing'");

    weft::Object data = g["data"];
    CHECK_EQ(data.size(), 2u);
    CHECK_EQ(data["a"].repr(), "[1, 2, 3]");
    data.set_item("c", std::vector<int>{7, 8});
    CHECK_EQ(engine.eval("data['c']").repr(), "[7, 8]");
    int sum = 0;
    for (weft::Object item : data["a"]) sum += item.as<int>();
    CHECK_EQ(sum, 6);
    std::string keys;
    for (weft::Object key : data) keys += key.as<std::string>();
    CHECK_EQ(keys, "abc");

    weft::Object math = engine.import("math");
    CHECK_EQ(math.attr("sqrt")(16).as<double>(), 4.0);
    CHECK_EQ(engine.import("os.path").attr("join")("a", "b").as<std::string>(), "a/b");

    // a handle keeps its value alive after the script drops every name for it, through collections
    weft::Object kept = engine.eval("[object() for _ in range(3)]");
    engine.run_string("import gc\ndel data\ngc.collect()");
    CHECK_EQ(kept.size(), 3u);
    weft::Object copy = kept;
    CHECK(copy.is(kept));
    CHECK(copy.equals(kept));

    // a module written in weft, given by the host as text and compiled when first imported
    engine.module_source("shapes", "def area(w, h=1):\n    return w * h\nSIDES = {'square': 4}\n");
    engine.module_source("more", "import shapes\ndef double_area(w):\n    return 2 * shapes.area(w, w)\n");
    CHECK_EQ(engine.eval("__import__('more').double_area(3)").as<int>(), 18);
    CHECK_EQ(engine.import("shapes").attr("SIDES")["square"].as<int>(), 4);

    // values made by the host
    weft::Object list = engine.cast(std::vector<std::string>{"x", "y"});
    CHECK_EQ(list.repr(), "['x', 'y']");
    CHECK_EQ(engine.cast(3.25).repr(), "3.25");
    CHECK(weft::Object().empty());
    CHECK(engine.eval("None").is_none());
    CHECK(engine.eval("[0]").truthy());
    // a context variable set at the top level: the engine's current context lives until the engine goes
    engine.run_string("import contextvars\nrequest = contextvars.ContextVar('request')\nrequest.set('r1')\n");
    CHECK_EQ(engine.eval("request.get()").as<std::string>(), "r1");
    std::puts("calling: ok");
}
