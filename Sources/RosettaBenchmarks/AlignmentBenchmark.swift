import Alignment
import CorpusModel
import Foundation
import RosettaTestSupport
import Segmentation

/// Alignment quality and speed: Rosetta's EvidenceAligner next to the plain Gale–Church
/// configuration (LengthCost + SentenceAligner), in the same process, on
/// - the development set `../shared/bench/align-dev` (per pair, strict and lax F1), when present;
/// - the same documents joined into one long document per pair (time and F1);
/// - the sample story `Corpora/kim-medvedev-2011` against its gold;
/// - a synthetic 100,000-sentence document (time; memory stays linear in the band).
/// `ROSETTA_BENCH_QUICK=1` skips the 100,000-sentence document; `ROSETTA_BENCH_RUNS=n` times the
/// joined documents best of n (default 3).
let alignmentBenchmark = Benchmark(name: "align", summary: "sentence alignment F1 and speed vs Gale–Church") {
    let root = packageRoot
    let devSet = alignDevSet
    let disabled = Set((ProcessInfo.processInfo.environment["ROSETTA_ALIGN_DISABLE"] ?? "").split(separator: ",").compactMap { name in
        AnchorKind.allCases.first { $0.label == name }
    })
    // Best of this many runs on the joined documents (ROSETTA_BENCH_RUNS): more on a busy machine.
    let joinedRuns = max(1, Int(ProcessInfo.processInfo.environment["ROSETTA_BENCH_RUNS"] ?? "") ?? 3)
    var unrelatedLinks: [String: UnrelatedLinks] = [:]
    if FileManager.default.fileExists(atPath: devSet.path) {
        print("dev set (\(devSet.path)): strict F1 / lax F1 / seconds")
        print("pair    docs  gale-church            rosetta                joined: sentences  gc F1   rosetta F1  gc s    rosetta s")
        for pair in ["en-ru", "en-ko", "ru-ko"] {
            let documents = try DevDocument.load(devSet.appendingPathComponent(pair), pair: pair)
            var baseline = AlignmentScore(), ours = AlignmentScore()
            var baselineTime = 0.0, oursTime = 0.0
            for document in documents {
                var beads: [Bead] = []
                baselineTime += bestTime(runs: 1) { beads = SentenceAligner().align(source: document.source, target: document.target) }
                baseline = baseline + AlignmentScore(gold: document.gold, hypothesis: beads)
                oursTime += bestTime(runs: 1) { beads = document.aligner(disabled).align(source: document.source, target: document.target) }
                ours = ours + AlignmentScore(gold: document.gold, hypothesis: beads)
            }
            let joined = DevDocument.joined(documents)
            var gcBeads: [Bead] = [], ourBeads: [Bead] = []
            let gcTime = bestTime(runs: joinedRuns) { gcBeads = SentenceAligner().align(source: joined.source, target: joined.target) }
            let ourTime = bestTime(runs: joinedRuns) { ourBeads = joined.aligner(disabled).align(source: joined.source, target: joined.target) }
            let gcJoined = AlignmentScore(gold: joined.gold, hypothesis: gcBeads), ourJoined = AlignmentScore(gold: joined.gold, hypothesis: ourBeads)
            print("\(pair)   \(documents.count)    \(fixed(baseline.strictF1, 3)) \(fixed(baseline.laxF1, 3)) \(fixed(baselineTime, 3))s    \(fixed(ours.strictF1, 3)) \(fixed(ours.laxF1, 3)) \(fixed(oursTime, 3))s    \(joined.source.count)/\(joined.target.count)          \(fixed(gcJoined.strictF1, 3))   \(fixed(ourJoined.strictF1, 3))       \(fixed(gcTime, 3))   \(fixed(ourTime, 3))")
            unrelatedLinks[pair] = UnrelatedLinks(documents, disabled)
        }
        print("unrelated documents (document k against document k + 9 of the same pair): links the aligner still makes")
        for pair in ["en-ru", "en-ko", "ru-ko"] {
            guard let links = unrelatedLinks[pair] else { continue }
            print("  \(pair): \(links.links) links over \(links.sentences) sentences, \(links.confident) of them scoring 0.9 or more (every one a chance pairing)")
        }
    } else {
        print("dev set: \(devSet.path) not found, skipped")
    }

    let story = root.appendingPathComponent("Corpora/kim-medvedev-2011"), gold = root.appendingPathComponent("Alignments/kim-medvedev-2011")
    if FileManager.default.fileExists(atPath: story.path) {
        print("sample story kim-medvedev-2011: strict F1 (gale-church → rosetta)")
        var documents: [LanguageTag: [Substring]] = [:]
        for language in [LanguageTag.english, .russian, .korean] {
            let text = try String(contentsOf: story.appendingPathComponent("\(language).txt"), encoding: .utf8)
            documents[language] = try SentenceSegmenter(language: language).document(text).sentenceTexts
        }
        for (s, t) in [(LanguageTag.english, LanguageTag.russian), (.english, .korean), (.russian, .korean)] {
            let goldPath = gold.appendingPathComponent("\(s)-\(t).gold").path
            guard let text = try? String(contentsOfFile: goldPath, encoding: .utf8) else { continue }
            let reference = try BeadFormat.parse(text, file: goldPath)
            let source = documents[s] ?? [], target = documents[t] ?? []
            let gc = AlignmentScore(gold: reference, hypothesis: SentenceAligner().align(source: source, target: target))
            let aligner = EvidenceAligner(sourceLanguage: s, targetLanguage: t)
            aligner.disabledKinds = disabled
            let ours = AlignmentScore(gold: reference, hypothesis: aligner.align(source: source, target: target))
            print("  \(s)-\(t): \(fixed(gc.strictF1, 3)) → \(fixed(ours.strictF1, 3))   (lax \(fixed(gc.laxF1, 3)) → \(fixed(ours.laxF1, 3)))")
        }
    }

    if ProcessInfo.processInfo.environment["ROSETTA_BENCH_QUICK"] == nil {
        let (source, target) = SyntheticDocument.make(sentences: 100_000, seed: 7)
        var beads: [Bead] = []
        let seconds = bestTime(runs: 1) {
            beads = EvidenceAligner(sourceLanguage: .english, targetLanguage: .russian).align(source: source, target: target)
        }
        // Source i (i % 50 != 49) is target i − i/50; every 50th source sentence has no target.
        let right = beads.filter { bead in
            if bead.target.isEmpty { return bead.source.count == 1 && bead.source[0] % 50 == 49 }
            return bead.source.count == 1 && bead.target.count == 1 && bead.target[0] == bead.source[0] - bead.source[0] / 50
        }.count
        print("synthetic \(source.count)/\(target.count) sentences: \(fixed(seconds, 1)) s, \(beads.count) beads, \(right) exactly right, peak memory \(peakMemoryMegabytes()) MB")
    }
}

/// One development-set document pair with its gold.
struct DevDocument {
    var source: [Substring]
    var target: [Substring]
    var gold: [Bead]
    var sourceLanguage: LanguageTag
    var targetLanguage: LanguageTag

    func aligner(_ disabled: Set<AnchorKind>) -> EvidenceAligner {
        let aligner = EvidenceAligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        aligner.disabledKinds = disabled
        return aligner
    }

    static func load(_ folder: URL, pair: String) throws -> [DevDocument] {
        let languages = pair.split(separator: "-").map(String.init)
        let s = try LanguageTag(languages[0]), t = try LanguageTag(languages[1])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold") }.sorted()
        return try names.map { name in
            let stem = folder.appendingPathComponent(String(name.dropLast(5)))
            func lines(_ url: URL) throws -> [Substring] {
                let text = try String(contentsOf: url, encoding: .utf8)
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.last?.isEmpty ?? false { lines.removeLast() }
                return lines
            }
            let goldText = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return DevDocument(
                source: try lines(stem.appendingPathExtension(languages[0])), target: try lines(stem.appendingPathExtension(languages[1])),
                gold: try BeadFormat.parse(goldText, file: name), sourceLanguage: s, targetLanguage: t)
        }
    }

    /// All documents one after another, gold renumbered.
    static func joined(_ documents: [DevDocument]) -> DevDocument {
        var result = DevDocument(source: [], target: [], gold: [], sourceLanguage: documents[0].sourceLanguage, targetLanguage: documents[0].targetLanguage)
        for document in documents {
            let i = result.source.count, j = result.target.count
            result.gold += document.gold.map { Bead(source: $0.source.map { $0 + i }, target: $0.target.map { $0 + j }) }
            result.source += document.source
            result.target += document.target
        }
        return result
    }
}

/// A long synthetic document pair: invented sentences with numbers and names, a target that
/// is the source with its words reversed, and a sentence dropped every 50.
enum SyntheticDocument {
    static func make(sentences: Int, seed: UInt64) -> ([Substring], [Substring]) {
        var random = SplitMix64(seed: seed)
        func next() -> UInt64 { random.next() >> 33 }
        let vocabulary = ["river", "council", "harbour", "winter", "talks", "minister", "Anvaria", "Belmont", "Corvi", "treaty", "grain", "railway", "market", "Dunmore", "summit"]
        var source: [Substring] = [], target: [Substring] = []
        for index in 0..<sentences {
            let count = 4 + Int(next() % 20)
            var words = (0..<count).map { _ in vocabulary[Int(next() % UInt64(vocabulary.count))] }
            if next() % 3 == 0 { words.append(String(next() % 5000)) }
            let sentence = words.joined(separator: " ") + "."
            source.append(Substring(sentence))
            if index % 50 != 49 { target.append(Substring(words.reversed().joined(separator: " ") + ".")) }
        }
        return (source, target)
    }
}

/// The process's peak resident memory (VmHWM), in megabytes; 0 where /proc is missing.
func peakMemoryMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

/// Comparable, not translated: each document aligned against another one of the same pair (k
/// against k + 9), where every link is a chance pairing: what `TranslationRegions` should leave
/// unlinked.
struct UnrelatedLinks {
    var links = 0, confident = 0, sentences = 0

    init(_ documents: [DevDocument], _ disabled: Set<AnchorKind>) {
        for (k, document) in documents.enumerated() {
            let other = documents[(k + 9) % documents.count]
            let beads = document.aligner(disabled).align(source: document.source, target: other.target)
            sentences += document.source.count + other.target.count
            for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
                links += 1
                if (bead.score ?? 0) >= 0.9 { confident += 1 }
            }
        }
    }
}
