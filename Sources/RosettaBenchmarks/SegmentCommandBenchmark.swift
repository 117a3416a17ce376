import Foundation

/// `rosetta segment` where users meet it: the command, as a process, on ~5 MB of real news prose
/// per language (the raw texts of ../shared/bench/align-dev, repeated), next to `icu-sentences`
/// (ICU's bare sentence iterator as a C program) on the same file in the same run. Both binaries
/// must be built beside rosetta-bench: `swift build -c release` first.
let segmentCommandBenchmark = Benchmark(name: "segment-command", summary: "`rosetta segment` MB/s on real prose vs a bare ICU C program") {
    let devSet = alignDevSet
    let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let rosetta = binaries.appendingPathComponent("rosetta"), icu = binaries.appendingPathComponent("icu-sentences")
    guard FileManager.default.fileExists(atPath: devSet.path) else { print("real prose: \(devSet.path) not found, skipped"); return }
    guard FileManager.default.isExecutableFile(atPath: rosetta.path), FileManager.default.isExecutableFile(atPath: icu.path) else {
        print("rosetta and icu-sentences are not built beside rosetta-bench: run `swift build -c release` first; skipped")
        return
    }
    print("lang  MB     rosetta segment MB/s  icu-sentences MB/s  ratio   (wall clock, best of 3, output to /dev/null)")
    for (language, pair) in [("en", "en-ru"), ("ru", "en-ru"), ("ko", "en-ko")] {
        let folder = devSet.appendingPathComponent(pair)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".raw.\(language).txt") }.sorted()
        var prose = Data()
        for file in files { prose += try Data(contentsOf: folder.appendingPathComponent(file)) + Data("\n\n".utf8) }
        guard !prose.isEmpty else { continue }
        var text = Data()
        while text.count < 5_000_000 { text += prose }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-bench-prose.\(language).txt")
        try text.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let ours = try bestTime(runs: 3) { try run(rosetta, ["segment", "--lang", language, input.path]) }
        let base = try bestTime(runs: 3) { try run(icu, [language, input.path]) }
        let megabytes = Double(text.count) / 1e6
        print("\(language)    \(fixed(megabytes, 1))    \(fixed(megabytes / ours, 1))                  \(fixed(megabytes / base, 1))                \(fixed(base / ours, 2))")
    }
}

/// Runs a program to completion, its output thrown away; a failure stops the benchmark.
private func run(_ program: URL, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(program.lastPathComponent) exited \(process.terminationStatus)"])
    }
}
