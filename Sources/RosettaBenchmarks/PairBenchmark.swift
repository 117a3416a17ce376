import CorpusModel
import CorpusStore
import DocumentPairing
import Foundation
import RosettaTestSupport

/// Document pairing: quality and speed next to a simple baseline measured in the same run.
/// - The development collections `../shared/bench/docalign-dev` (when present): pair precision,
///   recall, F1 and seconds for `DocumentReader` + `DocumentPairer`, and for the plain method
///   (TF-IDF over numbers and Latin-script tokens, cosine over all pairs, greedy one-to-one).
/// - Generated collections of 700 (the size of a real en-ru collection), 1,000, 2,000, 5,000
///   and 10,000 documents a side (seeded; files on disk; dated, half of them orphans): seconds,
///   peak memory and pair F1 at each size, the time ratio 10,000 / 1,000, and the TF-IDF
///   method's time and F1 up to 2,000 (it compares all pairs). `ROSETTA_BENCH_QUICK=1` stops at 2,000;
///   `ROSETTA_BENCH_PAIR_SIZES=1000,3000` chooses.
let pairBenchmark = Benchmark(name: "pair", summary: "document pairing F1 and speed vs TF-IDF; generated collections up to 10,000 a side") {
    let devSet = docAlignDevSet
    if FileManager.default.fileExists(atPath: devSet.path) {
        print("dev collections (\(devSet.path)): pairs precision / recall / F1, seconds (read + pair)")
        for pair in ["en-ru", "en-ko", "ru-ko"] {
            let languages = pair.split(separator: "-").map(String.init)
            let folder = devSet.appendingPathComponent(pair)
            let gold = Set(try String(contentsOf: folder.appendingPathComponent("gold.tsv"), encoding: .utf8).split(separator: "\n").map(String.init))
            let folders = languages.map { folder.appendingPathComponent($0).path }
            let s = try LanguageTag(languages[0]), t = try LanguageTag(languages[1])
            var ours: [String] = [], baseline: [String] = []
            let oursTime = try bestTime(runs: 3) { ours = try pairFolders(folders[0], folders[1], s, t, dates: [:]) }
            let baselineTime = try bestTime(runs: 3) { baseline = try TFIDFBaseline.pair(folders[0], folders[1]) }
            let a = PairScore(found: ours.map(basenames), gold: gold), b = PairScore(found: baseline.map(basenames), gold: gold)
            print("  \(pair): rosetta \(a)  \(fixed(oursTime, 2)) s   tf-idf \(b)  \(fixed(baselineTime, 2)) s   time ratio \(fixed(oursTime / baselineTime, 2))")
        }
    } else {
        print("dev collections: \(devSet.path) not found, skipped")
    }

    let quick = ProcessInfo.processInfo.environment["ROSETTA_BENCH_QUICK"] != nil
    let sizes = ProcessInfo.processInfo.environment["ROSETTA_BENCH_PAIR_SIZES"].map { $0.split(separator: ",").compactMap { Int($0) } }
        ?? (quick ? [700, 1_000, 2_000] : [700, 1_000, 2_000, 5_000, 10_000])
    print("generated collections (en-ru, seeded, dated, half orphans): read + pair, on \(ParallelWork.defaultThreads) cores")
    print("  documents a side   seconds   peak MB   precision   recall   F1       tf-idf seconds and F1 (up to 2,000)")
    var times: [Int: Double] = [:]
    for size in sizes {
        let generated = try GeneratedCollection(documents: size, seed: 11)
        defer { try? FileManager.default.removeItem(atPath: generated.folder) }
        var found: [String] = []
        let seconds = try bestTime(runs: 1) {
            found = try pairFolders(generated.folder + "/en", generated.folder + "/ru", .english, .russian, dates: generated.dates)
        }
        times[size] = seconds
        let memory = peakMemoryMegabytes()
        let score = PairScore(found: found.map(basenames), gold: generated.gold)
        var baseline = ""
        if size <= 2_000 {
            var pairs: [String] = []
            let time = try bestTime(runs: 1) { pairs = try TFIDFBaseline.pair(generated.folder + "/en", generated.folder + "/ru") }
            baseline = "\(fixed(time, 2)) s, F1 \(fixed(PairScore(found: pairs.map(basenames), gold: generated.gold).f1, 4)) (rosetta / tf-idf time \(fixed(seconds / time, 2)))"
        }
        print("  \(String(size).padding(toLength: 17, withPad: " ", startingAt: 0))  \(fixed(seconds, 2).padding(toLength: 8, withPad: " ", startingAt: 0))  \(String(memory).padding(toLength: 8, withPad: " ", startingAt: 0))  \(fixed(score.precision, 4))      \(fixed(score.recall, 4))   \(fixed(score.f1, 4))   \(baseline)")
    }
    if let small = times[1_000], let large = times[10_000] {
        print("  time 10,000 / 1,000: \(fixed(large / small, 1))× (linear would be 10×)")
    }
}

/// Reads two folders and pairs them as `rosetta pair` does; "SRC<TAB>TGT" lines.
func pairFolders(_ source: String, _ target: String, _ s: LanguageTag, _ t: LanguageTag, dates: [String: Day]) throws -> [String] {
    let reader = DocumentReader()
    let a = reader.read(try Collection.reports(in: source), language: s, dates: dates).documents
    let b = reader.read(try Collection.reports(in: target), language: t, dates: dates).documents
    return DocumentPairer(sourceLanguage: s, targetLanguage: t).pair(source: a, target: b).pairs.map { "\(a[$0.source].path)\t\(b[$0.target].path)" }
}

func basenames(_ line: String) -> String {
    line.split(separator: "\t").map { String($0.split(separator: "/").last ?? "") }.joined(separator: "\t")
}

struct PairScore: CustomStringConvertible {
    var precision = 0.0, recall = 0.0, f1 = 0.0

    init(found: [String], gold: Set<String>) {
        let correct = Set(found).intersection(gold).count
        precision = found.isEmpty ? 0 : Double(correct) / Double(found.count)
        recall = gold.isEmpty ? 0 : Double(correct) / Double(gold.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    var description: String { "\(fixed(precision, 3)) / \(fixed(recall, 3)) / \(fixed(f1, 3))" }
}

/// The plain method: TF-IDF vectors of numbers and Latin-script tokens, cosine between every
/// source and every target, greedy one-to-one from the best pair down, pairs over 0.1.
enum TFIDFBaseline {
    static func pair(_ source: String, _ target: String) throws -> [String] {
        let sides = try [source, target].map { folder in
            try Collection.reports(in: folder).map { path -> (String, [String: Double]) in
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                var counts: [String: Double] = [:]
                var token = ""
                for scalar in text.unicodeScalars {
                    if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                        token.unicodeScalars.append(scalar)
                    } else {
                        if token.count >= 2 || token.first?.isNumber == true { counts[token.lowercased(), default: 0] += 1 }
                        token = ""
                    }
                }
                if !token.isEmpty { counts[token.lowercased(), default: 0] += 1 }
                return (path, counts)
            }
        }
        var frequency: [String: Double] = [:]
        for side in sides { for (_, counts) in side { for key in counts.keys { frequency[key, default: 0] += 1 } } }
        let total = Double(sides[0].count + sides[1].count)
        let vectors = sides.map { side in
            side.map { _, counts -> [String: Double] in
                var vector = counts.mapValues { $0 }
                for (key, count) in counts { vector[key] = count * log(total / (frequency[key] ?? 1)) }
                let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return norm > 0 ? vector.mapValues { $0 / norm } : vector
            }
        }
        var scored: [(Double, Int, Int)] = []
        for (i, a) in vectors[0].enumerated() {
            for (j, b) in vectors[1].enumerated() {
                var dot = 0.0
                for (key, w) in a { if let v = b[key] { dot += w * v } }
                if dot > 0.1 { scored.append((dot, i, j)) }
            }
        }
        var taken = (Set<Int>(), Set<Int>())
        var result: [String] = []
        for (_, i, j) in scored.sorted(by: { $0.0 > $1.0 }) where !taken.0.contains(i) && !taken.1.contains(j) {
            taken.0.insert(i)
            taken.1.insert(j)
            result.append("\(sides[0][i].0)\t\(sides[1][j].0)")
        }
        return result
    }
}
