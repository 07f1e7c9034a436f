// The time module: perf_counter/monotonic (the VM's clock, virtual under --virtual-clock), time, sleep, the CPU
// clocks, and calendar time (struct_time, gmtime, localtime, mktime, strftime, asctime, ctime, the time zone).
// CPython: Modules/timemodule.c.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>

#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/posix/os_error.hpp"

namespace weft::rt {

namespace {

Result<Value> time_monotonic(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    return Value::from_float(vm.clock.now());
}

Result<Value> time_monotonic_ns(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(vm.clock.now() * 1e9));
}

// clock_getres(clk_id): the resolution of a clock in seconds (CPython: time_clock_getres)
Result<Value> time_clock_getres(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t id = TRY(vm.index_value(args[0]));
    timespec res{};
    if (::clock_getres(static_cast<clockid_t>(id), &res) != 0)
        return raise_os_error(vm, errno);
    return Value::from_float(static_cast<double>(res.tv_sec) + static_cast<double>(res.tv_nsec) * 1e-9);
}

// get_clock_info(name): how a clock is read, as a types.SimpleNamespace (CPython: time_get_clock_info)
Result<Value> time_get_clock_info(VM& vm, Value const* args, std::size_t, Tuple*) {
    struct Clock {
        std::string_view name;
        char const* implementation;
        clockid_t id;
        bool monotonic;
        bool adjustable;
    };
    static constexpr Clock clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
    };
    std::string name = TRY(vm.str_string(args[0]));
    for (Clock const& c : clocks) {
        if (c.name != name) continue;
        timespec res{};
        double resolution = ::clock_getres(c.id, &res) == 0 ? static_cast<double>(res.tv_sec) + res.tv_nsec * 1e-9 : 1e-9;
        // the namespace type of sys.implementation
        Value sys = TRY(vm.import_module(vm.intern("sys")));
        Value impl = TRY(vm.getattr(sys, vm.intern("implementation")));
        auto ns = Instance::create(vm, vm.type_of(impl));
        ns->set(vm, vm.intern("implementation"), vm.new_str(c.implementation));
        ns->set(vm, vm.intern("monotonic"), Value::from_bool(c.monotonic));
        ns->set(vm, vm.intern("adjustable"), Value::from_bool(c.adjustable));
        ns->set(vm, vm.intern("resolution"), Value::from_float(resolution));
        return ns.take_value();
    }
    return vm.raise(vm.types.ValueError, "unknown clock");
}

Result<Value> time_time(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::from_float(std::chrono::duration<double>(now).count());
}

Result<Value> time_time_ns(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::from_int(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
}

Result<Value> time_sleep(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (!(args[0].is_int() || args[0].is_float() || args[0].is_bool()))
        return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(args[0])->name->view());
    double seconds = TRY(vm.to_double(args[0]));
    if (seconds < 0) return vm.raise(vm.types.ValueError, "sleep length must be non-negative");
    if (vm.clock.is_virtual()) {
        vm.clock.advance_to(vm.clock.now() + seconds);
        return Value::none();
    }
    TRY(vm.flush_stdout_if_interactive());
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (vm.interrupt_pending()) {
            TRY(vm.handle_interrupt());
        }
        std::chrono::duration<double> left = deadline - std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::min(left, std::chrono::duration<double>(0.05)));
    }
    return Value::none();
}

Result<Value> clock_seconds(VM& vm, clockid_t clock) {
    struct timespec t;
    if (::clock_gettime(clock, &t) != 0)
        return vm.raise(vm.types.OSError, "clock_gettime failed");
    return Value::from_float(static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9);
}

Result<Value> clock_nanoseconds(VM& vm, clockid_t clock) {
    struct timespec t;
    if (::clock_gettime(clock, &t) != 0)
        return vm.raise(vm.types.OSError, "clock_gettime failed");
    return Value::from_int(static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
}

Result<Value> time_process_time(VM& vm, Value const*, std::size_t, Tuple*) {
    return clock_seconds(vm, CLOCK_PROCESS_CPUTIME_ID);
}
Result<Value> time_process_time_ns(VM& vm, Value const*, std::size_t, Tuple*) {
    return clock_nanoseconds(vm, CLOCK_PROCESS_CPUTIME_ID);
}
Result<Value> time_thread_time(VM& vm, Value const*, std::size_t, Tuple*) {
    return clock_seconds(vm, CLOCK_THREAD_CPUTIME_ID);
}
Result<Value> time_thread_time_ns(VM& vm, Value const*, std::size_t, Tuple*) {
    return clock_nanoseconds(vm, CLOCK_THREAD_CPUTIME_ID);
}

Result<clockid_t> clock_id(VM& vm, Value const& v) {
    std::int64_t id = TRY(vm.index_value(v, vm.types.OverflowError));
    return static_cast<clockid_t>(id);
}

Result<Value> time_clock_gettime(VM& vm, Value const* args, std::size_t, Tuple*) {
    clockid_t id = TRY(clock_id(vm, args[0]));
    struct timespec t;
    if (::clock_gettime(id, &t) != 0)
        return vm.raise(vm.types.OSError, "[Errno 22] Invalid argument");
    return Value::from_float(static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9);
}

Result<Value> time_clock_gettime_ns(VM& vm, Value const* args, std::size_t, Tuple*) {
    clockid_t id = TRY(clock_id(vm, args[0]));
    return clock_nanoseconds(vm, id);
}

// ---- calendar time

Type* struct_time_type(VM& vm) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("time"));
    Value t = m.is_null() ? Value() : dict_get_str(as<Module>(m)->dict.get(), vm.intern("struct_time"));
    return t.is_null() ? nullptr : as<Type>(t);
}

// a struct_time from a struct tm (CPython: tmtotuple)
Value struct_time_value(VM& vm, struct tm const& tm) {
    auto i = [](long v) { return Value::from_int(v); };
    return make_struct_sequence(vm, struct_time_type(vm),
        {i(tm.tm_year + 1900L), i(tm.tm_mon + 1), i(tm.tm_mday), i(tm.tm_hour), i(tm.tm_min), i(tm.tm_sec),
         i((tm.tm_wday + 6) % 7), i(tm.tm_yday + 1), i(tm.tm_isdst),
         tm.tm_zone ? vm.new_str(tm.tm_zone) : Value::none(), i(tm.tm_gmtoff)});
}

// seconds since the epoch as a time_t, floored; None is now (CPython: _PyTime_ObjectToTime_t, ROUND_FLOOR)
Result<time_t> seconds_argument(VM& vm, Value const* args, std::size_t nargs) {
    if (nargs == 0 || args[0].is_none())
        return ::time(nullptr);
    Value v = args[0];
    if (v.is_float()) {
        double d = v.as_float();
        if (std::isnan(d))
            return vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
        d = std::floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
        return static_cast<time_t>(d);
    }
    if (v.is_object() && vm.type_of(v)->layout == Layout::Int && !as<Long>(v)->value.fits_int64())
        return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    std::int64_t n = TRY(vm.index_value(v, vm.types.OverflowError));
    return static_cast<time_t>(n);
}

Result<Value> time_gmtime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    time_t t = TRY(seconds_argument(vm, args, nargs));
    struct tm tm;
    if (!::gmtime_r(&t, &tm))
        return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    return struct_time_value(vm, tm);
}

Result<Value> time_localtime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    time_t t = TRY(seconds_argument(vm, args, nargs));
    struct tm tm;
    if (!::localtime_r(&t, &tm))
        return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    return struct_time_value(vm, tm);
}

// A time tuple or struct_time as a struct tm (CPython: gettmarg); the zone of a struct_time is kept
Result<struct tm> time_tuple_argument(VM& vm, Value const& v, char const* function) {
    if (!v.is_object() || vm.type_of(v)->layout != Layout::Tuple)
        return vm.raise(vm.types.TypeError, "Tuple or struct_time argument required");
    Tuple* t = as<Tuple>(v);
    if (t->size != 9)
        return vm.raise(vm.types.TypeError, "{}(): illegal time tuple argument", function);
    std::int64_t f[9];
    for (int i = 0; i < 9; ++i) {
        f[i] = TRY(vm.index_value(t->items[i], vm.types.OverflowError));
        if (f[i] < INT32_MIN || f[i] > INT32_MAX)
            return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    }
    struct tm tm{};
    tm.tm_year = static_cast<int>(f[0] - 1900);
    tm.tm_mon = static_cast<int>(f[1] - 1);
    tm.tm_mday = static_cast<int>(f[2]);
    tm.tm_hour = static_cast<int>(f[3]);
    tm.tm_min = static_cast<int>(f[4]);
    tm.tm_sec = static_cast<int>(f[5]);
    tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
    tm.tm_yday = static_cast<int>(f[7] - 1);
    tm.tm_isdst = static_cast<int>(f[8]);
    if (vm.type_of(v) == struct_time_type(vm)) {
        Value zone = t->items[9], offset = t->items[10];
        if (zone.is_object() && vm.type_of(zone)->layout == Layout::Str)
            tm.tm_zone = as<Str>(zone)->view().data();  // the struct_time keeps it alive while `tm` is used
        if (offset.is_int())
            tm.tm_gmtoff = offset.as_int();
    }
    return tm;
}

// The range checks of strftime and asctime (CPython: checktm)
Result<void> check_tm(VM& vm, struct tm const& tm) {
    if (tm.tm_mon < 0 || tm.tm_mon > 11) return vm.raise(vm.types.ValueError, "month out of range");
    if (tm.tm_mday < 1 || tm.tm_mday > 31) return vm.raise(vm.types.ValueError, "day of month out of range");
    if (tm.tm_hour < 0 || tm.tm_hour > 23) return vm.raise(vm.types.ValueError, "hour out of range");
    if (tm.tm_min < 0 || tm.tm_min > 59) return vm.raise(vm.types.ValueError, "minute out of range");
    if (tm.tm_sec < 0 || tm.tm_sec > 61) return vm.raise(vm.types.ValueError, "seconds out of range");
    if (tm.tm_wday < 0) return vm.raise(vm.types.ValueError, "day of week out of range");
    if (tm.tm_yday < 0 || tm.tm_yday > 365) return vm.raise(vm.types.ValueError, "day of year out of range");
    return {};
}

Result<struct tm> now_or_tuple(VM& vm, Value const* args, std::size_t nargs, char const* function) {
    if (nargs == 0 || args[0].is_none()) {
        time_t now = ::time(nullptr);
        struct tm tm;
        ::localtime_r(&now, &tm);
        return tm;
    }
    return time_tuple_argument(vm, args[0], function);
}

// strftime(format[, tuple]) through the C library's strftime in the C locale (CPython: time_strftime)
Result<Value> time_strftime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (!args[0].is_object() || vm.type_of(args[0])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "strftime() argument 1 must be str, not {}", vm.type_of(args[0])->name->view());
    struct tm tm = TRY(now_or_tuple(vm, args + 1, nargs - 1, "strftime"));
    // strftime accepts the zeros that a tuple made by hand may hold (CPython normalizes them before checktm)
    if (tm.tm_mon == -1) tm.tm_mon = 0;
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    if (tm.tm_yday == -1) tm.tm_yday = 0;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    TRY(check_tm(vm, tm));
    std::string format(as<Str>(args[0])->view());
    if (format.find('\0') != std::string::npos)
        return vm.raise(vm.types.ValueError, "embedded null character");
    if (format.empty())
        return vm.new_str("");
    for (std::size_t size = 256;; size *= 2) {
        std::string out(size, '\0');
        std::size_t n = std::strftime(out.data(), size, format.c_str(), &tm);
        if (n > 0 || size > format.size() * 256) {
            out.resize(n);
            return vm.new_str(out);
        }
    }
}

// "Thu Jan  1 00:00:00 1970" (CPython: _asctime)
Value asctime_value(VM& vm, struct tm const& tm) {
    static char const days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static char const months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm.tm_wday], months[tm.tm_mon], tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
    return vm.new_str(buffer);
}

Result<Value> time_asctime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    struct tm tm = TRY(now_or_tuple(vm, args, nargs, "asctime"));
    TRY(check_tm(vm, tm));
    return asctime_value(vm, tm);
}

Result<Value> time_ctime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    time_t t = TRY(seconds_argument(vm, args, nargs));
    struct tm tm;
    if (!::localtime_r(&t, &tm))
        return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    return asctime_value(vm, tm);
}

Result<Value> time_mktime(VM& vm, Value const* args, std::size_t, Tuple*) {
    struct tm tm = TRY(time_tuple_argument(vm, args[0], "mktime"));
    tm.tm_wday = -1;  // mktime sets it: still -1 afterwards means it failed (CPython: time_mktime)
    time_t t = ::mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        return vm.raise(vm.types.OverflowError, "mktime argument out of range");
    return Value::from_float(static_cast<double>(t));
}

// timezone, altzone, daylight and tzname from the zone's offsets in January and July (CPython: init_timezone)
void set_timezone_names(VM& vm, Dict* d) {
    ::tzset();
    time_t now = ::time(nullptr);
    struct tm local;
    ::localtime_r(&now, &local);
    int year = local.tm_year;
    auto offset_at = [&](int month, std::string& name) {
        struct tm probe{};
        probe.tm_year = year;
        probe.tm_mon = month;
        probe.tm_mday = 1;
        probe.tm_isdst = -1;
        time_t t = ::mktime(&probe);
        struct tm at;
        ::localtime_r(&t, &at);
        name = at.tm_zone ? at.tm_zone : "";
        return -at.tm_gmtoff;
    };
    std::string january_name, july_name;
    long january = offset_at(0, january_name);
    long july = offset_at(6, july_name);
    // in the southern hemisphere July is winter: the standard zone is the one with the larger offset west
    bool south = january < july;
    long standard = south ? july : january, summer = south ? january : july;
    std::string standard_name = south ? july_name : january_name, summer_name = south ? january_name : july_name;
    dict_set_str(vm, d, vm.intern("timezone"), Value::from_int(standard));
    dict_set_str(vm, d, vm.intern("altzone"), Value::from_int(summer));
    dict_set_str(vm, d, vm.intern("daylight"), Value::from_int(january != july));
    auto names = vm.new_tuple(2);
    names->items[0] = vm.new_str(standard_name);
    names->items[1] = vm.new_str(summer_name);
    dict_set_str(vm, d, vm.intern("tzname"), names.take_value());
}

Result<Value> time_tzset(VM& vm, Value const*, std::size_t, Tuple*) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("time"));
    if (!m.is_null())
        set_timezone_names(vm, as<Module>(m)->dict.get());
    return Value::none();
}

// strptime(string, format): the parser is written in weft (the _strptime module), as CPython's is in Python
Result<Value> time_strptime(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value module = TRY(vm.import_module(vm.intern("_strptime")));
    Value parse = TRY(vm.getattr(module, vm.intern("_strptime_time")));
    return vm.call(parse, args, nargs);
}

} // namespace

Result<void> init_time_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "perf_counter", time_monotonic, Args::none());
    add_function(vm, d, "perf_counter_ns", time_monotonic_ns, Args::none());
    add_function(vm, d, "monotonic", time_monotonic, Args::none());
    add_function(vm, d, "get_clock_info", time_get_clock_info, Args::one());
    add_function(vm, d, "clock_getres", time_clock_getres, Args::one());
    add_function(vm, d, "monotonic_ns", time_monotonic_ns, Args::none());
    add_function(vm, d, "time", time_time, Args::none());
    add_function(vm, d, "time_ns", time_time_ns, Args::none());
    add_function(vm, d, "sleep", time_sleep, Args::one());
    add_function(vm, d, "process_time", time_process_time, Args::none());
    add_function(vm, d, "process_time_ns", time_process_time_ns, Args::none());
    add_function(vm, d, "thread_time", time_thread_time, Args::none());
    add_function(vm, d, "thread_time_ns", time_thread_time_ns, Args::none());
    add_function(vm, d, "clock_gettime", time_clock_gettime, Args::one());
    add_function(vm, d, "clock_gettime_ns", time_clock_gettime_ns, Args::one());
    add_function(vm, d, "gmtime", time_gmtime, Args::positional(0, 1));
    add_function(vm, d, "localtime", time_localtime, Args::positional(0, 1));
    add_function(vm, d, "mktime", time_mktime, Args::one());
    add_function(vm, d, "strftime", time_strftime, Args::positional(1, 2));
    add_function(vm, d, "strptime", time_strptime, Args::positional(1, 2));
    add_function(vm, d, "asctime", time_asctime, Args::positional(0, 1));
    add_function(vm, d, "ctime", time_ctime, Args::positional(0, 1));
    add_function(vm, d, "tzset", time_tzset, Args::none());
    static constexpr std::pair<char const*, clockid_t> clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI}};
    for (auto const& [name, id] : clocks)
        dict_set_str(vm, d, vm.intern(name), Value::from_int(id));
    Type* struct_time = make_struct_sequence_type(vm, "time", "struct_time",
        {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
         "tm_gmtoff"}, 9);
    dict_set_str(vm, d, vm.intern("struct_time"), Value::borrowed(struct_time));
    set_timezone_names(vm, d);
    return {};
}

} // namespace weft::rt
