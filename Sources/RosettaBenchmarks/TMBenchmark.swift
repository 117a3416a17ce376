import CorpusModel
import TMFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Translation-memory export and import speed and memory: 1,000,000 three-language units written
/// and read as TMX and CSV, next to a baseline that writes the same strings to a file (and one that
/// reads the TMX file's bytes). Each phase runs in a forked child, so its peak resident memory
/// (getrusage ru_maxrss, minus the resident size at the start of the phase) is its own; each runs at
/// a tenth of the size too, and equal growth at both sizes is what "flat memory" means.
///
///     swift run -c release rosetta-bench tm          (ROSETTA_BENCH_UNITS=… to change the size)
let tmBenchmark = Benchmark(name: "tm", summary: "TMX/CSV export and import units/s and peak memory vs plain writes") {
    let units = Int(getenv("ROSETTA_BENCH_UNITS").map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? "") ?? 1_000_000
    let folder = "/tmp/rosetta-bench-tm-\(getpid())"
    mkdir(folder, 0o700)
    func path(_ name: String, _ count: Int) -> String { "\(folder)/\(count)-\(name)" }
    defer {
        for name in ["baseline.txt", "memory.tmx", "memory.csv"] {
            unlink(path(name, units))
            unlink(path(name, units / 10))
        }
        rmdir(folder)
    }
    let phases: [(String, (Int) throws -> Void)] = [
        ("baseline write", { count in try TMBench.writeBaseline(count, to: path("baseline.txt", count)) }),
        ("tmx write", { count in try TMBench.writeTMX(count, to: path("memory.tmx", count)) }),
        ("csv write", { count in try TMBench.writeCSV(count, to: path("memory.csv", count)) }),
        ("baseline read", { count in try TMBench.readBytes(path("memory.tmx", count)) }),
        ("tmx read", { count in try TMBench.read(.tmx, path("memory.tmx", count), expecting: count) }),
        ("csv read", { count in try TMBench.read(.csv, path("memory.csv", count), expecting: count) }),
    ]
    print("units/s and MB/s per CPU second (user+sys; wall-clock units/s in brackets); peak RSS growth at \(units / 10) → \(units) units")
    print("phase           units/s (wall)         vs baseline  MB/s    peak growth MB")
    var baselineRate = [String: Double]()
    // ROSETTA_BENCH_TM_ONLY=tmx runs only the phases whose name contains it (for profiling).
    let only = getenv("ROSETTA_BENCH_TM_ONLY").map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }
    for (name, body) in phases where only.map({ name.contains($0) }) ?? true {
        let small = try TMBench.inChild(units / 10, body)
        let large = try TMBench.inChild(units, body)
        let rate = Double(units) / large.cpuSeconds
        let wallRate = Double(units) / large.seconds
        let kind = name.hasSuffix("write") ? "write" : "read"
        if name.hasPrefix("baseline") { baselineRate[kind] = rate }
        let ratio = baselineRate[kind].map { fixed(rate / $0) } ?? "-"
        let size = TMBench.fileSize(path(name.hasPrefix("csv") ? "memory.csv" : name == "baseline write" ? "baseline.txt" : "memory.tmx", units))
        print("\(name.padding(16))\("\(Int(rate)) (\(Int(wallRate)))".padding(23))\(ratio.padding(13))\(fixed(Double(size) / 1e6 / large.cpuSeconds).padding(8))\(fixed(small.growthMB, 1)) → \(fixed(large.growthMB, 1))")
    }
}

enum TMBench {
    /// Unit `index` of the synthetic memory: three languages, a score, a bead type and a document.
    static func unit(_ index: Int) -> TranslationUnit {
        TranslationUnit(variants: [
            .init(language: .english, text: "Item \(index): the delegations met again in the capital on Tuesday, officials said."),
            .init(language: .russian, text: "Пункт \(index): делегации вновь встретились в столице во вторник, сообщили официальные лица."),
            .init(language: .korean, text: "항목 \(index): 대표단은 화요일 수도에서 다시 만났다고 관계자들이 밝혔다."),
        ], score: Double(index % 1000) / 1000, beadKind: "1-1-1", document: "story-\(index / 1000)")
    }

    static func writeBaseline(_ count: Int, to path: String) throws {
        let output = try TextOutput.file(atPath: path)
        for index in 0..<count {
            for variant in unit(index).variants {
                output.write(variant.text)
                output.write("\n")
            }
        }
        try output.close()
    }

    static func writeTMX(_ count: Int, to path: String) throws {
        let output = try TextOutput.file(atPath: path)
        let writer = TMXWriter(output: output, header: .init(sourceLanguage: nil, creationDate: 1_314_144_000, toolVersion: "bench"),
                               duplicates: .keepAll)
        for index in 0..<count { writer.write(unit(index)) }
        writer.finish()
        try output.close()
        guard writer.report.unitsWritten == count else { throw BenchError.lost("tmx write: \(writer.report)") }
    }

    static func writeCSV(_ count: Int, to path: String) throws {
        let output = try TextOutput.file(atPath: path)
        let writer = CSVWriter(output: output, languages: [.english, .russian, .korean],
                               options: .init(extraColumns: CSVWriter.ExtraColumn.allCases, duplicates: .keepAll))
        for index in 0..<count { writer.write(unit(index)) }
        writer.finish()
        try output.close()
        guard writer.report.unitsWritten == count else { throw BenchError.lost("csv write: \(writer.report)") }
    }

    static func readBytes(_ path: String) throws {
        guard let file = fopen(path, "rb") else { throw BenchError.lost("cannot open \(path)") }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var lines = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            for byte in buffer[..<count] where byte == 0x0A { lines += 1 }
        }
        if lines == 0 { throw BenchError.lost("empty file") }
    }

    static func read(_ format: TMFormat, _ path: String, expecting count: Int) throws {
        var read = 0
        var characters = 0
        _ = try format.reader(.file(path)).read { unit in
            read += 1
            characters += unit.variants.count
        }
        guard read == count, characters == 3 * count else { throw BenchError.lost("\(format) read \(read) of \(count)") }
    }

    enum BenchError: Error { case lost(String) }

    struct Measurement {
        var seconds: Double
        /// User + system CPU time: on a shared machine, less noisy than wall time.
        var cpuSeconds: Double
        var growthMB: Double
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `body(count)` in a forked child; returns its wall time and peak resident growth.
    static func inChild(_ count: Int, _ body: (Int) throws -> Void) throws -> Measurement {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError.lost("pipe") }
        let child = fork()
        if child == 0 {
            close(pipeEnds[0])
            let startRSS = residentBytes()
            let startCPU = cpuSeconds()
            let start = ContinuousClock.now
            var message = "fail"
            do {
                try body(count)
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                var usage = rusage()
                getrusage(RUSAGE_SELF.rawValue, &usage)
                let growth = max(0, Double(usage.ru_maxrss) * 1024 - Double(startRSS)) / 1e6
                message = "\(seconds) \(cpuSeconds() - startCPU) \(growth)"
            } catch {
                message = "fail \(error)"
            }
            let bytes = Array(message.utf8)
            _ = bytes.withUnsafeBytes { write(pipeEnds[1], $0.baseAddress, $0.count) }
            _exit(0)
        }
        close(pipeEnds[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(pipeEnds[0], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        waitpid(child, &status, 0)
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard parts.count == 3, let seconds = Double(parts[0]), let cpu = Double(parts[1]), let growth = Double(parts[2]) else {
            throw BenchError.lost(String(decoding: bytes, as: UTF8.self))
        }
        return Measurement(seconds: seconds, cpuSeconds: cpu, growthMB: growth)
    }

    /// The current resident set size, from /proc/self/statm (Linux); 0 elsewhere.
    static func residentBytes() -> Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var line = [UInt8](repeating: 0, count: 128)
        let count = line.withUnsafeMutableBytes { fread($0.baseAddress, 1, 127, file) }
        let fields = String(decoding: line[..<count], as: UTF8.self).split(separator: " ")
        guard fields.count >= 2, let resident = Int(fields[1]) else { return 0 }
        return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
