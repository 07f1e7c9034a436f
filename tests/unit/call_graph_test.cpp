// asyncio's call-graph introspection (CPython 3.14's asyncio.graph, which 3.11 lacks, so no script test can take
// CPython's output as expected): which task awaits what, through which frames, in the text format CPython 3.14
// prints (Lib/asyncio/graph.py format_call_graph; its documentation's examples). Ids are replaced by ID, and the
// line numbers of weft's own library files by N.
#include <gtest/gtest.h>

#include "runtime/vm/vm.hpp"
#include "stdlib/stdlib.hpp"

using namespace weft::rt;

namespace {

// Runs `body` (the statements of `async def main()`) under asyncio.run; what it appends to `out` comes back, one
// string per entry, with every "id=0x..." made "id=ID" and "<frozen ...>', line 12" made "<frozen ...>', line N".
std::vector<std::string> run_main(std::string const& prelude, std::string const& body) {
    VMConfig config;
    config.virtual_clock = true;
    config.modules = stdlib_modules();
    VM vm{config};
    Ref<Dict> globals = vm.new_dict();
    dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins.value());
    std::string source = "import asyncio, re\nout = []\ndef note(text):\n"
                         "    text = re.sub(r'id=0x[0-9a-f]+', 'id=ID', text)\n"
                         "    out.append(re.sub(r\"(<frozen [^>]+>'), line [0-9]+\", r'\\1, line N', text))\n" +
                         prelude + "\nasync def main():\n" + body + "\nasyncio.run(main())\n";
    Result<Value> fn = vm.compile_source("<graph>", source, globals);
    EXPECT_FALSE(fn.is_error());
    if (fn.is_error()) return {};
    Result<Value> ran = vm.run_module_code(as<Function>(fn.value()));
    if (ran.is_error()) {
        ADD_FAILURE() << vm.format_exception(vm.take_exception());
        return {};
    }
    std::vector<std::string> lines;
    for (Value const& v : as<List>(dict_get_str(globals.get(), vm.intern("out")))->items)
        lines.emplace_back(as<Str>(v)->view());
    return lines;
}

} // namespace

TEST(CallGraph, CurrentTaskInATaskGroupIsAwaitedByItsParent) {
    auto out = run_main("async def child():\n    note(asyncio.format_call_graph())\n",
                        "    async with asyncio.TaskGroup() as group:\n        group.create_task(child(), name='kid')\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0],
              "* Task(name='kid', id=ID)\n"
              "  + Call stack:\n"
              "  |   File '<graph>', line 7, in async child()\n"
              "  + Awaited by:\n"
              "    * Task(name='Task-1', id=ID)\n"
              "      + Call stack:\n"
              "      |   File '<frozen asyncio.taskgroups>', line N, in async TaskGroup.__aexit__()\n"
              "      |   File '<graph>', line 10, in async main()");
}

TEST(CallGraph, AFutureShowsTheChainOfCoroutinesOfTheTaskAwaitingIt) {
    auto out = run_main("async def leaf(fut):\n    await fut\nasync def mid(fut):\n    await leaf(fut)\n",
                        "    fut = asyncio.get_running_loop().create_future()\n"
                        "    task = asyncio.create_task(mid(fut), name='worker')\n"
                        "    await asyncio.sleep(0)\n"
                        "    note(asyncio.format_call_graph(fut))\n"
                        "    note(asyncio.format_call_graph(fut, limit=1))\n"
                        "    note(asyncio.format_call_graph(fut, limit=-1))\n"
                        "    note(asyncio.format_call_graph(task, limit=0))\n"
                        "    fut.set_result(None)\n"
                        "    await task\n"
                        "    note(repr(fut._asyncio_awaited_by))\n");
    ASSERT_EQ(out.size(), 5u);
    EXPECT_EQ(out[0],
              "* Future(id=ID)\n"
              "  + Awaited by:\n"
              "    * Task(name='worker', id=ID)\n"
              "      + Call stack:\n"
              "      |   File '<graph>', line 7, in async leaf()\n"
              "      |   File '<graph>', line 9, in async mid()");
    // a positive limit keeps the frames nearest the task's coroutine, a negative one the innermost
    EXPECT_NE(out[1].find("line 9, in async mid()"), std::string::npos);
    EXPECT_EQ(out[1].find("leaf()"), std::string::npos);
    EXPECT_NE(out[2].find("line 7, in async leaf()"), std::string::npos);
    EXPECT_EQ(out[2].find("mid()"), std::string::npos);
    EXPECT_EQ(out[3], "* Task(name='worker', id=ID)");
    EXPECT_EQ(out[4], "None");
}

TEST(CallGraph, GatheredChildrenAreAwaitedByTheGatheringTask) {
    auto out = run_main("async def child(fut):\n    await fut\n",
                        "    fut = asyncio.get_running_loop().create_future()\n"
                        "    async def probe():\n"
                        "        await asyncio.sleep(0)\n"
                        "        note(asyncio.format_call_graph(first))\n"
                        "        fut.set_result(None)\n"
                        "    first = asyncio.create_task(child(fut), name='first')\n"
                        "    asyncio.create_task(probe())\n"
                        "    await asyncio.gather(first)\n");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0],
              "* Task(name='first', id=ID)\n"
              "  + Call stack:\n"
              "  |   File '<graph>', line 7, in async child()\n"
              "  + Awaited by:\n"
              "    * Task(name='Task-1', id=ID)\n"
              "      + Call stack:\n"
              "      |   File '<graph>', line 17, in async main()");
}

TEST(CallGraph, OutsideALoopItNeedsAFuture) {
    auto out = run_main("def outside():\n    try:\n        asyncio.capture_call_graph()\n"
                        "    except RuntimeError as e:\n        note(str(e))\n"
                        "    try:\n        asyncio.capture_call_graph(42)\n"
                        "    except TypeError as e:\n        note(str(e))\noutside()\n",
                        "    graph = asyncio.capture_call_graph(depth=1)\n"
                        "    note(type(graph).__name__ + ' ' + graph.call_stack[0].frame.f_code.co_name)\n"
                        "    note(str(graph.awaited_by))\n");
    ASSERT_EQ(out.size(), 4u);
    EXPECT_EQ(out[0], "capture_call_graph() is called outside of a running event loop and no *future* to introspect "
                      "was provided");
    EXPECT_EQ(out[1], "42 object does not appear to be compatible with asyncio.Future");
    EXPECT_EQ(out[2], "FutureCallGraph main");
    EXPECT_EQ(out[3], "()");
}
