import Dispatch
import Synchronization

/// Work spread over the cores: each thread makes its own state once (a segmenter, an aligner:
/// objects that keep caches and are not shared) and takes items one at a time.
public enum ParallelWork {
    /// The cores of this machine.
    public static let defaultThreads = max(1, System.activeProcessorCount)

    /// `body(state, i)` for every i in 0..<count, in any order, results in order.
    public static func map<State, Result: Sendable>(_ count: Int, threads: Int, state makeState: @Sendable () -> State,
                                                    _ body: @Sendable (State, Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deinitialize().deallocate() }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            let state = makeState()
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { break }
                results[index] = body(state, index)
            }
        }
        return results.map { $0! }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum System {
    static var activeProcessorCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
