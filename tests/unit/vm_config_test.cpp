// The runtime's seams, as a host sees them: the module table and output sinks of VMConfig, the exit status of
// an uncaught exception, and native functions that carry data. The runtime is tested here without the stdlib
// wherever that is possible.
#include <gtest/gtest.h>

#include <string>

#include "runtime/vm/vm.hpp"
#include "stdlib/stdlib.hpp"

using namespace weft::rt;

namespace {

// A VM whose stdout and stderr go to strings.
struct CapturingVM {
    std::string out;
    std::string err;
    VM vm;
    explicit CapturingVM(std::span<ModuleDef const> modules) : vm(make_config(modules)) {}

    VMConfig make_config(std::span<ModuleDef const> modules) {
        VMConfig config;
        config.modules = modules;
        config.stdout_sink = [this](std::string_view text) { out += text; return 0; };
        config.stderr_sink = [this](std::string_view text) { err += text; return 0; };
        return config;
    }
    // Runs `source` as __main__; the exit status, with stdout flushed as the CLI does.
    int run(std::string source) {
        Result<Value> r = vm.run_main("<test>", std::move(source));
        int status = r.is_error() ? vm.report_uncaught(vm.take_exception()) : 0;
        return vm.flush_at_exit(status);
    }
};

Result<void> init_greeting_module(VM& vm, Module& m) {
    dict_set_str(vm, m.dict.get(), vm.intern("word"), vm.new_str("hello"));
    return {};
}
constexpr char greeting_source[] = "def greet(name):\n    return word + ', ' + name\n";

} // namespace

TEST(VMConfig, RuntimeAloneHasNoModulesAndAnEmptyBuiltins) {
    CapturingVM t{{}};
    EXPECT_EQ(t.run("x = 1 + 2\n"), 0);
    EXPECT_EQ(t.run("import sys\n"), 1);
    EXPECT_NE(t.err.find("ModuleNotFoundError: No module named 'sys'"), std::string::npos) << t.err;
    EXPECT_TRUE(dict_get_str(t.vm.builtins.get(), t.vm.intern("print")).is_null());
}

TEST(VMConfig, HostModuleHasNativeAndWeftParts) {
    ModuleDef const modules[] = {
        {"builtins", stdlib_modules()[0].init, nullptr},
        {"greeting", init_greeting_module, greeting_source},
    };
    ASSERT_EQ(stdlib_modules()[0].name, "builtins");
    CapturingVM t{modules};
    EXPECT_EQ(t.run("import greeting\nprint(greeting.greet('weft'))\n"), 0);
    EXPECT_EQ(t.out, "hello, weft\n");
}

TEST(VMConfig, OutputGoesToTheSinksInOrder) {
    CapturingVM t{stdlib_modules()};
    EXPECT_EQ(t.run("print('a')\nimport sys\nsys.stdout.write('b\\n')\nprint(1/0)\n"), 1);
    EXPECT_EQ(t.out, "a\nb\n");
    EXPECT_NE(t.err.find("ZeroDivisionError: division by zero"), std::string::npos) << t.err;
}

TEST(VMConfig, ExitStatusesAreCPythons) {
    // CPython: Python/pythonrun.c _Py_HandleSystemExit
    EXPECT_EQ(CapturingVM{stdlib_modules()}.run("import sys\nsys.exit()\n"), 0);
    EXPECT_EQ(CapturingVM{stdlib_modules()}.run("import sys\nsys.exit(3)\n"), 3);
    EXPECT_EQ(CapturingVM{stdlib_modules()}.run("import sys\nsys.exit(256 + 7)\n"), 7);
    CapturingVM t{stdlib_modules()};
    EXPECT_EQ(t.run("import sys\nprint('out')\nsys.exit('bye')\n"), 1);
    EXPECT_EQ(t.out, "out\n");
    EXPECT_EQ(t.err, "bye\n");
    EXPECT_EQ(CapturingVM{stdlib_modules()}.run("raise KeyboardInterrupt\n"), 130);
}

TEST(VMConfig, AFailingSinkIsAnOSErrorAndStatus120AtExit) {
    VMConfig config;
    config.modules = stdlib_modules();
    config.stdout_sink = [](std::string_view) { return 28; };  // ENOSPC
    std::string err;
    config.stderr_sink = [&](std::string_view text) { err += text; return 0; };
    VM vm{config};
    Result<Value> r = vm.run_main("<test>", "print('x')\n");
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(vm.flush_at_exit(0), 120);
    EXPECT_EQ(err, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                   "OSError: [Errno 28] No space left on device\n");
}

TEST(NativeFunction, CarriesData) {
    CapturingVM t{stdlib_modules()};
    VM& vm = t.vm;
    NativeFn add_data = [](VM& v, Value const* args, std::size_t nargs, Tuple*) -> Result<Value> {
        Value data = v.native_callee->data;  // read at entry, before anything else is called
        return Value::from_int(data.as_int() + args[0].as_int());
    };
    dict_set_str(vm, vm.builtins.get(), vm.intern("add40"), vm.new_function_value(add_data, "add40", Value::from_int(40)));
    dict_set_str(vm, vm.builtins.get(), vm.intern("add2"), vm.new_function_value(add_data, "add2", Value::from_int(2)));
    EXPECT_EQ(t.run("print(add40(2), add2(add40(0)), list(map(add2, [1, 2])))\n"), 0);
    EXPECT_EQ(t.out, "42 42 [3, 4]\n");
}
