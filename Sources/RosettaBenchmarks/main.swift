// rosetta-bench: speed and quality benchmarks, kept apart from the library (swift-collections'
// habit). Each benchmark reports its figures next to a baseline measured in the same run, since
// these machines are noisy: ratios, not absolute times, are what to compare.
//
//     swift run -c release rosetta-bench [NAME ...]     (no name: all of them)

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A benchmark: a name, and a body that prints its report to stdout.
struct Benchmark: Sendable {
    let name: String
    let summary: String
    let run: @Sendable () throws -> Void
}

func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// Every benchmark; each lives in its own `<Name>Benchmark.swift` file.
let benchmarks: [Benchmark] = [
    segmentationBenchmark,
    tmBenchmark,
    namesBenchmark,
    mentionsBenchmark,
    nameMatchBenchmark,
    alignmentBenchmark,
    calibrationBenchmark,
    pairBenchmark,
    languagesBenchmark,
    segmentCommandBenchmark,
    realNewsBenchmark,
    versesBenchmark,
]

let requested = Array(CommandLine.arguments.dropFirst())
if requested.contains("--list") {
    for benchmark in benchmarks { print("\(benchmark.name)\t\(benchmark.summary)") }
    exit(0)
}
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
    printError("rosetta-bench: unknown benchmark \(unknown.joined(separator: ", ")); --list shows them")
    exit(64)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    print("== \(benchmark.name): \(benchmark.summary)")
    do { try benchmark.run() } catch {
        printError("rosetta-bench: \(benchmark.name) failed: \(error)")
        exit(1)
    }
}
