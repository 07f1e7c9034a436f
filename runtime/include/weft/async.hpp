// Host operations a script awaits: weft::Completion<T> is completed by the host (from any thread) and
// weft::await() waits for it inside a bound function, parking only the calling task's fiber while the
// engine's other tasks run. The C++ code around the wait is ordinary direct-style code.
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <utility>

#include "weft/convert.hpp"

namespace weft {

namespace detail {

struct CompletionState;  // the library's part: done flag, the engine's inbox, the waiting task

WEFT_API std::shared_ptr<CompletionState> completion_new(EngineCore* core);
WEFT_API EngineCore* current_core();  // the engine whose bound function runs on this thread, or throws
// Marks the completion done (with an error when `error` is set) and wakes its engine; thread-safe. Returns false
// when it was already done (a second completion is ignored).
WEFT_API bool completion_finish(CompletionState& state, std::exception_ptr error);
WEFT_API bool completion_done(CompletionState const& state) noexcept;
WEFT_API bool completion_cancelled(CompletionState const& state) noexcept;
// Waits, on the engine's thread, until the completion is done (see weft::await); throws detail::Raised on
// cancellation, or the host's error.
WEFT_API void completion_wait(CompletionState& state);
WEFT_API Object await_object(Object const& awaitable);

} // namespace detail

/// A host operation's result, which the host provides later — from another thread, its own event loop, a
/// callback — and a bound function waits for with weft::await(). Copies share one state; make it on the
/// engine's thread (the default constructor uses the engine whose bound function is running), complete it
/// anywhere, once. T is what the waiting C++ code receives (void: nothing).
template <class T>
class Completion {
public:
    /// A pending completion for the engine whose bound function is running on this thread (throws
    /// std::logic_error outside one).
    Completion() : Completion(detail::current_core()) {}
    /// A pending completion for `core`'s engine (Engine::core()).
    explicit Completion(detail::EngineCore* core)
        : m_state(detail::completion_new(core)), m_value(std::make_shared<std::optional<T>>()) {}

    /// Completes it with `value` and wakes the engine. Thread-safe; a second resolve or fail is ignored.
    void resolve(T value) const {
        if (detail::completion_done(*m_state)) return;
        *m_value = std::move(value);
        detail::completion_finish(*m_state, nullptr);
    }
    /// Completes it with an error: weft::await() rethrows it in the bound function, and the script sees it as a
    /// Python exception (a weft::Error keeps its type; other exceptions are translated as any a binding throws).
    void fail(std::exception_ptr error) const { detail::completion_finish(*m_state, std::move(error)); }
    /// Whether it was completed.
    bool done() const noexcept { return detail::completion_done(*m_state); }
    /// Whether the task waiting for it was cancelled (the host may stop the operation; completing it is harmless).
    bool cancelled() const noexcept { return detail::completion_cancelled(*m_state); }

    /// For weft::await: the shared state, and the value once done.
    detail::CompletionState& state() const { return *m_state; }
    T take() const { return std::move(**m_value); }

private:
    std::shared_ptr<detail::CompletionState> m_state;
    std::shared_ptr<std::optional<T>> m_value;
};

/// A host operation with no result: as Completion<T>, completed by resolve().
template <>
class Completion<void> {
public:
    /// A pending completion for the engine whose bound function is running on this thread.
    Completion() : Completion(detail::current_core()) {}
    /// A pending completion for `core`'s engine.
    explicit Completion(detail::EngineCore* core) : m_state(detail::completion_new(core)) {}
    /// Completes it and wakes the engine; thread-safe, once.
    void resolve() const { detail::completion_finish(*m_state, nullptr); }
    /// Completes it with an error (see Completion<T>::fail).
    void fail(std::exception_ptr error) const { detail::completion_finish(*m_state, std::move(error)); }
    /// Whether it was completed.
    bool done() const noexcept { return detail::completion_done(*m_state); }
    /// Whether the task waiting for it was cancelled.
    bool cancelled() const noexcept { return detail::completion_cancelled(*m_state); }
    /// For weft::await.
    detail::CompletionState& state() const { return *m_state; }
    void take() const {}

private:
    std::shared_ptr<detail::CompletionState> m_state;
};

/// Waits for `completion` inside a bound function and returns its value. Inside a task (an `await` of a
/// def_async function, or any call from a coroutine), only that task waits: its fiber is parked and the engine
/// runs its other tasks, timers and host completions until this one is done. Outside the event loop the thread
/// blocks. If the task is cancelled meanwhile, CancelledError propagates from here (the host's operation is
/// not stopped; it may check cancelled()). Throws the host's error if it failed.
template <class T>
T await(Completion<T> const& completion) {
    detail::completion_wait(completion.state());
    return completion.take();
}

/// Awaits a script awaitable (a coroutine, a Task, a Future) from inside a bound function, as `await x` in the
/// script would; returns its result or throws weft::Error.
inline Object await(Object const& awaitable) { return detail::await_object(awaitable); }

} // namespace weft
