// weft: the script runner. `weft [--virtual-clock] [--dis] script.py [args...]` runs a script as CPython
// does (sys.argv, __main__, tracebacks and exit statuses); `--dis` prints the bytecode instead.
#include <malloc.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <climits>
#include <string>

#include "interpreter/code_unit.hpp"
#include "interpreter/parser.hpp"
#include "runtime/heap_pages.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/stdlib.hpp"

namespace {

// The VM, for the SIGINT handler. It also keeps the VM reachable until the process exits: the VM is
// deliberately not destroyed (see main), and LeakSanitizer must not report it.
weft::rt::VM* g_vm = nullptr;

void on_sigint(int) {
    if (g_vm) g_vm->set_interrupt();
}

void usage() {
    std::fputs("usage: weft [--virtual-clock] [--dis] [--version] script.py [arg ...]\n"
               "  --virtual-clock  time jumps to the next timer when nothing is ready (long sleeps are instant)\n"
               "  --dis            print the script's bytecode instead of running it\n",
               stderr);
}

int disassemble_file(std::string const& path, std::string source) {
    auto file = std::make_shared<weft::front::SourceFile>(path, std::move(source));
    weft::front::ParseResult parsed = weft::front::parse_module(*file);
    if (parsed.error) {
        std::fprintf(stderr, "SyntaxError: %s (line %d)\n", parsed.error->message.c_str(), parsed.error->location.line);
        return 1;
    }
    weft::front::SyntaxErrorReport report;
    auto unit = weft::front::compile_module(*parsed.module, file, report);
    if (!unit) {
        std::fprintf(stderr, "SyntaxError: %s (line %d)\n", report.message.c_str(), report.location.line);
        return 1;
    }
    std::string text = weft::front::disassemble(*unit);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

} // namespace

// The script's path as CPython 3.11 makes it absolute for __file__ and messages (Python/fileutils.c,
// _Py_abspath): an absolute path is kept as given, a relative one is joined to the working directory
// without normalising it ("../x/./a.py" stays so).
std::string absolute_path(std::string const& path) {
    if (!path.empty() && path[0] == '/')
        return path;
    char cwd[PATH_MAX + 1];
    if (!::getcwd(cwd, sizeof cwd))
        return path;
    std::string result = cwd;
    result += '/';
    result += path;
    return result;
}

int main(int argc, char** argv) {
    // glibc maps each block of 128 KiB or more on its own and unmaps it when freed, and returns free memory at
    // the heap's top to the system: a growing list or a big str then touches fresh pages (a page fault each)
    // every time. A script reuses its memory instead; CPython's lists get the same effect from realloc.
    // The peak RSS is unchanged: untouched heap pages cost nothing.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    // Past 8 MiB of heap, new heap memory comes in 2 MiB pages (runtime/heap_pages.hpp): a script building big
    // data faults a tenth as often; a small one never gets there.
    weft::rt::enable_huge_heap_pages(std::size_t{8} << 20);
    bool virtual_clock = false;
    bool dis = false;
    int i = 1;
    for (; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--virtual-clock") virtual_clock = true;
        else if (a == "--dis") dis = true;
        else if (a == "--version" || a == "-V") {
            std::fputs("weft 0.1.0 (Python 3.11 compatible)\n", stdout);
            return 0;
        } else if (a == "-h" || a == "--help") {
            usage();
            return 0;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::fprintf(stderr, "weft: unknown option %s\n", argv[i]);
            usage();
            return 2;
        } else break;
    }
    std::string path = i < argc ? argv[i] : "-";
    std::string source;
    std::string file_name;
    if (path == "-") {
        (void)weft::front::read_source_file("-", source);
        file_name = "<stdin>";
    } else {
        std::string absolute = absolute_path(path);
        if (int err = weft::front::read_source_file(path, source)) {
            // CPython names itself as invoked (Modules/main.c, pymain_run_file_obj: config->program_name)
            std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], absolute.c_str(), err,
                         std::strerror(err));
            return 2;
        }
        file_name = absolute;
    }
    if (dis) return disassemble_file(file_name, std::move(source));

    weft::rt::VMConfig config;
    config.virtual_clock = virtual_clock;
    config.modules = weft::rt::stdlib_modules();
    for (int k = i; k < argc; ++k) config.argv.emplace_back(argv[k]);
    if (config.argv.empty()) config.argv.emplace_back("");
    // The VM is not destroyed at exit: the process ends right after, and tearing down every object only
    // costs time (CPython skips most of it too). Embedding hosts destroy their engines.
    weft::rt::VM& vm = *new weft::rt::VM(config);
    g_vm = &vm;
    ::signal(SIGPIPE, SIG_IGN);
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    ::sigaction(SIGINT, &sa, nullptr);

    weft::rt::Result<weft::rt::Value> result = vm.run_main(file_name, std::move(source));
    int status = result.is_error() ? vm.report_uncaught(vm.take_exception()) : 0;
    return vm.flush_at_exit(status);
}
