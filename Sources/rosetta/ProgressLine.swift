import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A status line for long runs: shown on stderr when it is a terminal (never in a pipe or a
/// log), overwritten in place, at most a few times a second, from any thread; `--quiet`
/// silences it.
final class ProgressLine: Sendable {
    private let shown: Bool
    private let last = Mutex<(step: String, time: Double)>(("", 0))

    init(quiet: Bool) { shown = !quiet && isatty(STDERR_FILENO) != 0 }

    func update(_ step: String, _ done: Int, _ total: Int) {
        guard shown else { return }
        let now = Self.seconds()
        let due = last.withLock { last -> Bool in
            guard last.step != step || now - last.time >= 0.2 || done == total else { return false }
            last = (step, now)
            return true
        }
        if due { Diagnostics.progress("rosetta: \(step) \(done)/\(total)…") }
    }

    func message(_ text: String) {
        guard shown else { return }
        Diagnostics.progress("rosetta: \(text)…")
    }

    func end() { if shown { Diagnostics.endProgress() } }

    private static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
