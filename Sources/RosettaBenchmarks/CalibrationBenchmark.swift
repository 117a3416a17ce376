import Alignment
import CorpusModel
import Foundation

/// Whether a link's score means what it says: the probability that the link is a translation.
/// On the development set `../shared/bench/align-dev`, in the same run as Gale–Church:
/// - a reliability table: of the links scored in each tenth of [0.5, 1], the share that are
///   exactly a gold bead (strict) and the share that link a gold pair at all (lax);
/// - unrelated documents (document k's source against document k + 7's, k + 13's and k + 21's
///   target, each pair on its own; `ROSETTA_BENCH_SHIFT=7,13` to choose): the share of
///   sentences left in links scoring ≥ 0.5 and ≥ 0.9 (every one a chance pairing);
/// - partly translated documents (document k followed by document k + 3 on the source side, by
///   document k + 5 on the target side): the strict F1 of the translated half, and the share of
///   the unrelated half's sentences left in links scoring ≥ 0.5.
let calibrationBenchmark = Benchmark(name: "calibration", summary: "link scores as probabilities: reliability, unrelated and partly translated documents") {
    let devSet = alignDevSet
    guard FileManager.default.fileExists(atPath: devSet.path) else {
        print("dev set: \(devSet.path) not found, skipped")
        return
    }
    // Unrelated pairs: document k against document k + shift, for each of these shifts.
    let shifts = (ProcessInfo.processInfo.environment["ROSETTA_BENCH_SHIFT"].map { $0.split(separator: ",").compactMap { Int($0) } }) ?? [7, 13, 21]
    var pooled = Reliability()
    for pair in ["en-ru", "en-ko", "ru-ko"] {
        let documents = try DevDocument.load(devSet.appendingPathComponent(pair), pair: pair)
        var reliability = Reliability(), score = AlignmentScore()
        for document in documents {
            let beads = document.aligner([]).align(source: document.source, target: document.target)
            reliability.add(beads, gold: document.gold)
            score = score + AlignmentScore(gold: document.gold, hypothesis: beads)
        }
        pooled = pooled + reliability
        print("\(pair): dev strict F1 \(fixed(score.strictF1, 3)); reliability (links by score: count, strict right, lax right)")
        reliability.print(indent: "  ")

        var ours = UnrelatedShare(), baseline = UnrelatedShare()
        for shift in shifts {
            for (k, document) in documents.enumerated() {
                let other = documents[(k + shift) % documents.count]
                let beads = document.aligner([]).align(source: document.source, target: other.target)
                ours.add(beads, sentences: document.source.count + other.target.count)
                baseline.add(SentenceAligner().align(source: document.source, target: other.target), sentences: document.source.count + other.target.count)
                if ProcessInfo.processInfo.environment["ROSETTA_BENCH_VERBOSE"] != nil {
                    for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty && (bead.score ?? 0) >= 0.5 {
                        print("    k \(k) + \(shift): \(BeadFormat.format([bead]).dropLast())  \(bead.source.map { document.source[$0] }.joined(separator: " ").prefix(80)) || \(bead.target.map { other.target[$0] }.joined(separator: " ").prefix(80))")
                    }
                }
            }
        }
        print("  unrelated (k against k + \(shifts.map(String.init).joined(separator: ", k + "))): sentences in links ≥ 0.5 / ≥ 0.9: rosetta \(percent(ours.atHalf, ours.sentences)) / \(percent(ours.atNine, ours.sentences)), gale-church \(percent(baseline.atHalf, baseline.sentences)) / \(percent(baseline.atNine, baseline.sentences))")

        var partOurs = PartlyTranslated(), partBaseline = PartlyTranslated()
        for (k, document) in documents.enumerated() {
            let tail = (source: documents[(k + 3) % documents.count].source, target: documents[(k + 5) % documents.count].target)
            let source = document.source + tail.source, target = document.target + tail.target
            partOurs.add(document.aligner([]).align(source: source, target: target), document)
            partBaseline.add(SentenceAligner().align(source: source, target: target), document)
        }
        print("  partly translated (k + k+3 against k + k+5): translated half strict F1 rosetta \(fixed(partOurs.translated.strictF1, 3)), gale-church \(fixed(partBaseline.translated.strictF1, 3)); untranslated half in links ≥ 0.5: rosetta \(percent(partOurs.apart.atHalf, partOurs.apart.sentences)), gale-church \(percent(partBaseline.apart.atHalf, partBaseline.apart.sentences))")
    }
    print("all pairs: reliability")
    pooled.print(indent: "  ")
}

/// A document followed by unrelated text on each side: how its translated head is aligned, and
/// what is linked in its untranslated tail.
struct PartlyTranslated {
    var translated = AlignmentScore(), apart = UnrelatedShare()

    mutating func add(_ beads: [Bead], _ document: DevDocument) {
        let (n, m) = (document.source.count, document.target.count)
        let head = beads.filter { bead in bead.source.allSatisfy { $0 < n } && bead.target.allSatisfy { $0 < m } }
        let tail = beads.filter { bead in !bead.source.isEmpty && !bead.target.isEmpty && (bead.source.allSatisfy { $0 >= n } || bead.target.allSatisfy { $0 >= m }) }
        translated = translated + AlignmentScore(gold: document.gold, hypothesis: head)
        apart.add(tail, sentences: (beads.flatMap(\.source).max().map { $0 + 1 } ?? n) - n + (beads.flatMap(\.target).max().map { $0 + 1 } ?? m) - m)
    }
}

/// Sentences left in links, by score.
struct UnrelatedShare {
    var sentences = 0, atHalf = 0, atNine = 0

    mutating func add(_ beads: [Bead], sentences count: Int) {
        sentences += count
        for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let size = bead.source.count + bead.target.count
            if (bead.score ?? 0) >= 0.5 { atHalf += size }
            if (bead.score ?? 0) >= 0.9 { atNine += size }
        }
    }
}

/// Links bucketed by score (tenths of [0.5, 1]) with how many were right.
struct Reliability {
    var count = [Int](repeating: 0, count: 5), strict = [Int](repeating: 0, count: 5), lax = [Int](repeating: 0, count: 5)

    mutating func add(_ beads: [Bead], gold: [Bead]) {
        let exact = Set(gold.map { "\($0.source)|\($0.target)" })
        var goldTargets: [Int: Set<Int>] = [:]
        for bead in gold { for s in bead.source { goldTargets[s, default: []].formUnion(bead.target) } }
        for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let score = bead.score ?? 1
            guard score >= 0.5 else { continue }
            let bucket = min(Int((score - 0.5) * 10), 4)
            count[bucket] += 1
            if exact.contains("\(bead.source)|\(bead.target)") { strict[bucket] += 1 }
            if bead.source.contains(where: { !(goldTargets[$0]?.isDisjoint(with: bead.target) ?? true) }) { lax[bucket] += 1 }
        }
    }

    static func + (a: Self, b: Self) -> Self {
        var sum = a
        for k in 0..<5 {
            sum.count[k] += b.count[k]
            sum.strict[k] += b.strict[k]
            sum.lax[k] += b.lax[k]
        }
        return sum
    }

    func print(indent: String) {
        for k in (0..<5).reversed() {
            let low = 0.5 + Double(k) / 10
            Swift.print("\(indent)\(fixed(low, 1))–\(fixed(low + 0.1, 1)): \(count[k]) links, strict \(percent(strict[k], count[k])), lax \(percent(lax[k], count[k]))")
        }
    }
}

func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : "\(fixed(100 * Double(part) / Double(whole), 1)) %" }
