// Values both ways through bound functions: each C++ parameter and result type, and the TypeError and
// OverflowError a script gets for an argument that does not fit.
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "check.hpp"

int main() {
    weft::Engine engine;
    engine.def("add", [](int a, int b) { return a + b; });
    engine.def("negate", [](bool b) { return !b; });
    engine.def("half", [](double x) { return x / 2; });
    engine.def("shout", [](std::string s) { return s + "!"; });
    engine.def("length", [](std::string_view s) { return s.size(); });
    engine.def("total", [](std::vector<long long> const& v) {
        long long t = 0;
        for (long long x : v) t += x;
        return t;
    });
    engine.def("squares", [](int n) {
        std::vector<int> out;
        for (int i = 0; i < n; ++i) out.push_back(i * i);
        return out;
    });
    engine.def("invert", [](std::map<std::string, int> const& m) {
        std::map<int, std::string> out;
        for (auto const& [k, v] : m) out[v] = k;
        return out;
    });
    engine.def("count_words", [](std::vector<std::string> const& words) {
        std::unordered_map<std::string, int> counts;
        for (auto const& w : words) ++counts[w];
        return static_cast<int>(counts.size());
    });
    engine.def("maybe", [](std::optional<int> x) { return x ? std::optional<std::string>("got " + std::to_string(*x)) : std::nullopt; });
    engine.def("swap", [](std::pair<int, std::string> p) { return std::make_tuple(p.second, p.first); });
    engine.def("byte", [](unsigned char c) { return c; });
    engine.def("big", [](std::uint64_t x) { return x; });
    engine.def("apply", [](std::function<int(int)> f, int x) { return f(x) + f(x + 1); });
    engine.def("kind", [](weft::Object o) { return o.type_name(); });
    engine.def("nothing", [] {});
    engine.def("scale", [](double x, double factor) { return x * factor; }, weft::arg("x"), weft::arg("factor") = 2.0);

    CHECK_EQ(engine.eval("add(2, 3)").as<int>(), 5);
    CHECK_EQ(engine.eval("negate(0)").as<bool>(), true);
    CHECK_EQ(engine.eval("half(3)").as<double>(), 1.5);
    CHECK_EQ(engine.eval("shout('héllo')").as<std::string>(), "héllo!");
    CHECK_EQ(engine.eval("length('abc')").as<int>(), 3);
    CHECK_EQ(engine.eval("total([1, 2, 3])").as<long long>(), 6);
    CHECK_EQ(engine.eval("total((x for x in range(5)))").as<int>(), 10);
    CHECK_EQ(engine.eval("squares(4)").repr(), "[0, 1, 4, 9]");
    CHECK_EQ(engine.eval("invert({'a': 1, 'b': 2})").repr(), "{1: 'a', 2: 'b'}");
    CHECK_EQ(engine.eval("count_words('a b a c'.split())").as<int>(), 3);
    CHECK_EQ(engine.eval("maybe(None)").repr(), "None");
    CHECK_EQ(engine.eval("maybe(4)").repr(), "'got 4'");
    CHECK_EQ(engine.eval("swap((1, 'x'))").repr(), "('x', 1)");
    CHECK_EQ(engine.eval("big(2**64 - 1)").repr(), "18446744073709551615");
    CHECK_EQ(engine.eval("apply(lambda n: n * 10, 1)").as<int>(), 30);
    CHECK_EQ(engine.eval("kind(1.5)").as<std::string>(), "float");
    CHECK_EQ(engine.eval("nothing()").repr(), "None");
    CHECK_EQ(engine.eval("scale(3)").as<double>(), 6.0);
    CHECK_EQ(engine.eval("scale(3, factor=3)").as<double>(), 9.0);
    CHECK_EQ(engine.eval("scale(factor=0.5, x=4)").as<double>(), 2.0);
    CHECK_EQ(engine.eval("repr(add)").as<std::string>(), "<built-in function add>");

    // what a script sees for arguments that do not fit (CPython's wording for builtins)
    CHECK_EQ(error_of([&] { engine.eval("add(1, 'x')"); }), "TypeError: add() argument 2 must be int, not str");
    CHECK_EQ(error_of([&] { engine.eval("add(1)"); }), "TypeError: add expected 2 arguments, got 1");
    CHECK_EQ(error_of([&] { engine.eval("add(1, b=2)"); }), "TypeError: add() takes no keyword arguments");
    CHECK_EQ(error_of([&] { engine.eval("add(2**31, 1)"); }), "OverflowError: signed integer is greater than maximum");
    CHECK_EQ(error_of([&] { engine.eval("byte(256)"); }), "OverflowError: Python int too large to convert to C unsigned char");
    CHECK_EQ(error_of([&] { engine.eval("byte(-1)"); }), "OverflowError: can't convert negative value to unsigned int");
    CHECK_EQ(error_of([&] { engine.eval("big(2**64)"); }), "OverflowError: Python int too large to convert to C unsigned long");
    CHECK_EQ(error_of([&] { engine.eval("half('1')"); }), "TypeError: half() argument 1 must be float, not str");
    CHECK_EQ(error_of([&] { engine.eval("shout(1)"); }), "TypeError: shout() argument 1 must be str, not int");
    CHECK_EQ(error_of([&] { engine.eval("total('abc')"); }), "TypeError: total() argument 1 must be list, not str");
    CHECK_EQ(error_of([&] { engine.eval("total([1, 'a'])"); }), "TypeError: total() argument 1 must be int, not str");
    CHECK_EQ(error_of([&] { engine.eval("invert([])"); }), "TypeError: invert() argument 1 must be dict, not list");
    CHECK_EQ(error_of([&] { engine.eval("swap((1, 2, 3))"); }), "TypeError: expected a sequence of 2 items, got 3");
    CHECK_EQ(error_of([&] { engine.eval("apply(1, 2)"); }), "TypeError: apply() argument 1 must be callable, not int");
    CHECK_EQ(error_of([&] { engine.eval("scale(x='a')"); }), "TypeError: scale() argument 'x' must be float, not str");
    CHECK_EQ(error_of([&] { engine.eval("scale()"); }), "TypeError: scale() missing required argument 'x' (pos 1)");
    CHECK_EQ(error_of([&] { engine.eval("scale(1, 2, 3)"); }), "TypeError: scale() takes at most 2 arguments (3 given)");
    CHECK_EQ(error_of([&] { engine.eval("scale(1, x=2)"); }), "TypeError: argument for scale() given by name ('x') and position (1)");
    CHECK_EQ(error_of([&] { engine.eval("scale(1, y=2)"); }), "TypeError: 'y' is an invalid keyword argument for scale()");

    // Object::as<T>() on a value that is not a T
    CHECK_EQ(error_of([&] { engine.eval("'x'").as<int>(); }), "TypeError: expected int, got str");
    CHECK_EQ(error_of([&] { engine.eval("10**30").as<long>(); }), "OverflowError: Python int too large to convert to C long");
    std::puts("conversions: ok");
}
