// weft: the script runner, a host of the embedding API like any other (only <weft/weft.hpp>). Its command line is
// python3's (`weft [option] ... [-c cmd | -m mod | file | -] [arg] ...`, CPython: Modules/main.c and
// Python/initconfig.c) plus weft's own --virtual-clock and --dis.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <weft/weft.hpp>

#include "interpreter/cli/line_editor.hpp"

namespace weft::cli {
extern char const repl_source[];  // repl.py's text (repl_source.cpp, generated)
} // namespace weft::cli

namespace {

// The REPL in __main__'s namespace (repl.py), after a script with -i; the status to exit with. Its modules are
// given to the engine only now, so that running a script never pays for them.
int run_repl(weft::Engine& engine, bool quiet) {
    weft::cli::add_lineedit_module(engine);
    engine.module_source("_repl", weft::cli::repl_source);
    std::string banner = quiet ? "" : "weft 0.1.0 (Python 3.11 compatible) on linux\n"
                                      "Use \"await\" directly; Ctrl-D or exit() leaves.\n";
    try {
        engine.import("_repl").attr("main")(engine.globals(), banner);
        return 0;
    } catch (weft::Error const& e) {
        return engine.report_uncaught(e);
    }
}

// The engine, for the signal handlers. It also keeps the engine reachable until the process exits: it is
// deliberately not destroyed (see main), and LeakSanitizer must not report it.
weft::Engine* g_engine = nullptr;

void on_sigint(int) {
    if (g_engine) g_engine->interrupt();
}

// Ctrl-\ (SIGQUIT): every task and what it waits on, printed to stderr; the program goes on
void on_sigquit(int) {
    if (g_engine) g_engine->request_task_dump();
}

// The file's bytes ("-": standard input), or an errno value (CPython's script runner reads the file before
// anything runs). Plain POSIX reads: iostreams would set up their locale machinery at every start.
int read_file(std::string const& path, std::string& out) {
    int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return EISDIR;
    }
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            if (fd != 0) ::close(fd);
            return err;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
    if (fd != 0) ::close(fd);
    return 0;
}

// CPython's help layout (Python/initconfig.c usage_line, usage_help), with the options weft has.
constexpr char help_text[] =
    "Options (and corresponding environment variables):\n"
    "-B     : don't write .pyc files on import (weft writes none; accepted for python3's sake)\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore WEFT* environment variables (such as WEFTPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-I     : isolate weft from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path (weft has none)\n"
    "-S     : don't imply 'import site' on initialization (weft has no site module)\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin\n"
    "-V     : print the version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-X opt : set implementation-specific option\n"
    "--virtual-clock : time stands still while code runs and jumps to the next timer when\n"
    "         nothing is ready (long sleeps take no time)\n"
    "--dis  : print the program's bytecode instead of running it\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Other environment variables:\n"
    "WEFTPATH : ':'-separated list of directories prefixed to the\n"
    "           default module search path.  The result is sys.path.\n";

void print_usage_line(FILE* out, char const* program) {
    std::fprintf(out, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", program);
}

// CPython: Python/getopt.c and Modules/main.c report a bad option with the usage line and exit status 2.
int usage_error(char const* program, std::string const& message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    print_usage_line(stderr, program);
    std::fputs("Try `python -h' for more information.\n", stderr);
    return 2;
}

struct Options {
    bool virtual_clock = false;
    bool interactive = false;  // -i, or no program on a terminal: the REPL (after the program, if there is one)
    bool quiet = false;        // -q: no banner
    bool dis = false;
    bool unbuffered = false;
    bool ignore_environment = false;  // -E, -I
    bool safe_path = false;           // -P, -I: no script directory or working directory in sys.path
    char kind = 'f';                  // 'c' command, 'm' module, 'f' file (or "-": stdin)
    std::string target;               // the command, the module name or the file
    bool stdin_named = false;         // "-" was given (sys.argv[0] is then "-", else "")
    std::vector<std::string> args;    // sys.argv[1:]
    std::vector<std::string> warn_options;  // -W arguments, in order (sys.warnoptions)
    std::vector<std::string> x_options;     // -X arguments, in order (sys._xoptions)
};

// -X int_max_str_digits takes 0 or a number from 640 on; anything else stops start-up as CPython does
// (Python/initconfig.c config_init_int_max_str_digits). Returns -1 when the option is fine, else the exit status.
int check_x_option(std::string_view option) {
    std::string_view name = option.substr(0, option.find('='));
    if (name != "int_max_str_digits") return -1;
    std::string_view digits = option.size() > name.size() ? option.substr(name.size() + 1) : std::string_view();
    bool valid = !digits.empty() && digits.size() <= 10 &&
                 std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    long long n = valid ? std::stoll(std::string(digits)) : -1;
    if (valid && (n == 0 || (n >= 640 && n <= INT_MAX))) return -1;
    std::fflush(stdout);
    std::fputs("Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= "
               "640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n", stderr);
    return 1;
}

// Parses the command line as CPython's _PyOS_GetOpt does: options may be grouped (-uB), -c, -m, -W and -X
// take the rest of their word or the next one, and -c and -m end the options. Returns -1 to go on, or an exit
// status.
int parse_options(int argc, char** argv, Options& o) {
    char const* program = argv[0];
    int i = 1;
    for (; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a.size() < 2 || a[0] != '-')
            break;  // the script, or "-"
        if (a == "--") {
            ++i;
            break;
        }
        if (a.starts_with("--")) {
            if (a == "--virtual-clock") o.virtual_clock = true;
            else if (a == "--dis") o.dis = true;
            else if (a == "--version") {
                std::fputs("weft 0.1.0 (Python 3.11 compatible)\n", stdout);
                return 0;
            } else if (a == "--help") {
                print_usage_line(stdout, program);
                std::fputs(help_text, stdout);
                return 0;
            } else
                return usage_error(program, "unknown option " + std::string(a));
            continue;
        }
        for (std::size_t k = 1; k < a.size(); ++k) {
            char c = a[k];
            if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                std::string value;
                if (k + 1 < a.size()) value = std::string(a.substr(k + 1));
                else if (i + 1 < argc) value = argv[++i];
                else return usage_error(program, std::string("Argument expected for the -") + c + " option");
                if (c == 'c' || c == 'm') {
                    o.kind = c;
                    o.target = value;
                    for (int j = i + 1; j < argc; ++j) o.args.emplace_back(argv[j]);
                    return -1;
                }
                if (c == 'W') o.warn_options.push_back(value);
                if (c == 'X') {
                    if (int status = check_x_option(value); status >= 0) return status;
                    o.x_options.push_back(value);
                }
                break;
            }
            switch (c) {
            case 'u': o.unbuffered = true; break;
            case 'E': o.ignore_environment = true; break;
            case 'I': o.ignore_environment = o.safe_path = true; break;
            case 'P': o.safe_path = true; break;
            case 'i': o.interactive = true; break;
            case 'q': o.quiet = true; break;
            case 'B': case 's': case 'S': break;  // nothing in weft to turn off
            case 'V':
                std::fputs("weft 0.1.0 (Python 3.11 compatible)\n", stdout);
                return 0;
            case 'h': case '?':
                print_usage_line(stdout, program);
                std::fputs(help_text, stdout);
                return 0;
            default:
                return usage_error(program, std::string("Unknown option: -") + c);
            }
        }
    }
    o.kind = 'f';
    o.target = i < argc ? argv[i] : "-";
    o.stdin_named = i < argc && o.target == "-";
    for (int j = i + 1; j < argc; ++j) o.args.emplace_back(argv[j]);
    return -1;
}

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

// sys.path[0] for a script: its directory with symbolic links resolved (CPython: PathConfig's run_filename).
std::string script_directory(std::string const& path) {
    char resolved[PATH_MAX + 1];
    std::string full = ::realpath(path.c_str(), resolved) ? std::string(resolved) : absolute_path(path);
    std::size_t slash = full.rfind('/');
    return slash == 0 ? "/" : full.substr(0, slash);
}

int disassemble_file(std::string const& path, std::string const& source) {
    try {
        std::string text = weft::disassemble(source, path);
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    } catch (weft::Error const& e) {
        std::fprintf(stderr, "SyntaxError: %s\n", e.message().c_str());
        return 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    weft::tune_allocator_for_scripts();

    Options o;
    if (int status = parse_options(argc, argv, o); status >= 0)
        return status;

    weft::Options options;
    options.virtual_clock = o.virtual_clock;
    options.warn_options = o.warn_options;
    options.x_options = o.x_options;
    options.unbuffered_stdout = o.unbuffered;
    // no program and a terminal (or -m asyncio, python's asyncio REPL): the REPL, as python3 decides
    bool repl_only = (o.kind == 'f' && o.target == "-" && !o.stdin_named && ::isatty(0)) ||
                     (o.kind == 'm' && o.target == "asyncio");
    if (repl_only) {
        o.interactive = true;
        o.kind = 'c';
        o.target = "";
    }
    std::string source;
    std::string file_name;
    bool from_file = true;
    std::string path_zero;  // sys.path[0] (CPython: the script's directory, or the working directory)
    if (o.kind == 'c') {
        source = o.target;
        file_name = repl_only ? "<stdin>" : "<string>";
        from_file = false;
        options.argv.emplace_back(repl_only ? "" : "-c");
    } else if (o.kind == 'm') {
        // CPython: runpy._run_module_as_main; the module is looked for along sys.path, the working directory first
        char cwd[PATH_MAX + 1];
        path_zero = ::getcwd(cwd, sizeof cwd) ? cwd : ".";
        std::string dir_file = path_zero + "/" + o.target + ".py";
        std::string package_main = path_zero + "/" + o.target + "/__main__.py";
        if (read_file(dir_file, source) == 0) {
            file_name = dir_file;
        } else if (read_file(package_main, source) == 0) {
            file_name = package_main;
        } else {
            std::fprintf(stderr, "%s: No module named %s\n", argv[0], o.target.c_str());
            return 1;
        }
        options.argv.push_back(file_name);
    } else if (o.target == "-") {
        (void)read_file("-", source);
        file_name = "<stdin>";
        options.argv.emplace_back(o.stdin_named ? "-" : "");
    } else {
        std::string absolute = absolute_path(o.target);
        if (int err = read_file(o.target, source)) {
            // CPython names itself as invoked (Modules/main.c, pymain_run_file_obj: config->program_name)
            std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], absolute.c_str(), err,
                         std::strerror(err));
            return 2;
        }
        file_name = absolute;
        path_zero = script_directory(o.target);
        options.argv.push_back(o.target);
    }
    if (o.dis) return disassemble_file(file_name, source);
    for (std::string const& a : o.args) options.argv.push_back(a);
    if (!o.safe_path) options.module_path.push_back(path_zero);
    if (char const* extra = o.ignore_environment ? nullptr : std::getenv("WEFTPATH"); extra && *extra) {
        std::string_view rest = extra;
        while (!rest.empty()) {
            std::size_t colon = rest.find(':');
            std::string_view dir = rest.substr(0, colon);
            if (!dir.empty()) options.module_path.emplace_back(dir);
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }

    // The engine is not destroyed at exit: the process ends right after, and tearing down every object only
    // costs time (CPython skips most of it too). finish() runs what a program's end must run.
    weft::Engine& engine = *new weft::Engine(std::move(options));
    g_engine = &engine;
    ::signal(SIGPIPE, SIG_IGN);
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    ::sigaction(SIGINT, &sa, nullptr);
    struct sigaction quit {};
    quit.sa_handler = on_sigquit;
    ::sigaction(SIGQUIT, &quit, nullptr);

    int status = 0;
    try {
        engine.run_string(source, file_name, from_file);
    } catch (weft::Error const& e) {
        status = engine.report_uncaught(e);
    }
    if (o.interactive)  // also after SystemExit, as python3 -i
        status = run_repl(engine, o.quiet || !repl_only);
    return engine.finish(status);
}
