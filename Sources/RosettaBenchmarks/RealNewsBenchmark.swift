import Alignment
import CorpusModel
import Foundation
import Segmentation

/// Segmentation and the whole pipeline on real news (../shared/bench/align-dev), next to the plain
/// baselines in the same run:
/// - sentence boundaries: each document's gold sentences joined into one paragraph, the boundaries
///   found scored against theirs (F1), Rosetta against ICU's bare iterator, per language;
/// - end to end: the raw prose of both sides (DOC.raw.S.txt, DOC.raw.T.txt) segmented and aligned;
///   a unit is exactly right when both sides equal a gold 1-1 pair (the gold lines and their 1-1
///   beads). Rosetta, bare ICU with Rosetta's aligner, bare ICU with Gale–Church.
let realNewsBenchmark = Benchmark(name: "realnews", summary: "real news: boundary F1 vs bare ICU; raw prose to exactly right units") {
    let devSet = alignDevSet
    guard FileManager.default.fileExists(atPath: devSet.path) else { print("dev set: \(devSet.path) not found, skipped"); return }
    let pairs = ["en-ru", "en-ko", "ru-ko"]
    // A document's gold lines, as the gold beads number them.
    func lines(_ pair: String, _ stem: String, _ language: String) throws -> [String] {
        var lines = try String(contentsOf: devSet.appendingPathComponent("\(pair)/\(stem).\(language)"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
    // Each language's documents once (a document may be in two pairs: the first is taken).
    var documents: [String: [String: [String]]] = [:]
    for pair in pairs {
        let folder = devSet.appendingPathComponent(pair)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".gold") {
            let stem = String(name.dropLast(5))
            for language in pair.split(separator: "-").map(String.init) where documents[language]?[stem] == nil {
                documents[language, default: [:]][stem] = try lines(pair, stem, language).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
    }
    print("sentence boundaries, gold sentences joined into one paragraph per document: F1 (precision / recall)")
    print("lang  docs  sentences  bare ICU               rosetta")
    for language in ["en", "ru", "ko"] {
        let tag = try LanguageTag(language)
        let icu = try ICUSentenceSegmenter(language: tag), ours = try SentenceSegmenter(language: tag)
        var icuCount = BoundaryCount(), ourCount = BoundaryCount()
        let docs = documents[language] ?? [:]
        for (_, sentences) in docs.sorted(by: { $0.key < $1.key }) {
            let text = sentences.joined(separator: " ")
            var gold: Set<Int> = [], offset = 0
            for sentence in sentences.dropLast() { offset += sentence.utf8.count + 1; gold.insert(offset) }
            icuCount.add(found: starts(try icu.boundaries(in: text), in: text), gold: gold)
            let found = try ours.sentences(in: text).dropFirst().map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            ourCount.add(found: Set(found), gold: gold)
        }
        print("\(language)    \(docs.count)    \(docs.values.map(\.count).reduce(0, +))        \(icuCount.line)    \(ourCount.line)")
    }
    print("end to end, raw prose of both sides segmented and aligned: units exactly right (share of units made / of gold 1-1 pairs)")
    print("pair   gold 1-1  rosetta               bare ICU + rosetta aligner  bare ICU + Gale–Church")
    for pair in pairs {
        let languages = try pair.split(separator: "-").map { try LanguageTag(String($0)) }
        let folder = devSet.appendingPathComponent(pair)
        var totals = [UnitCount](repeating: UnitCount(), count: 3)
        var goldPairs = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".gold") }).sorted() {
            let stem = String(name.dropLast(5))
            let lines = try languages.map { try lines(pair, stem, String($0.language)).map { $0.trimmingCharacters(in: .whitespaces) } }
            let beads = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
            let gold = Set(beads.filter { $0.source.count == 1 && $0.target.count == 1 }.map { Unit(source: lines[0][$0.source[0]], target: lines[1][$0.target[0]]) })
            goldPairs += gold.count
            let raw = try languages.map { try String(contentsOf: folder.appendingPathComponent("\(stem).raw.\($0).txt"), encoding: .utf8) }
            let segmented = try (0..<2).map { side in try SentenceSegmenter(language: languages[side]).document(raw[side]).sentenceTexts.map(String.init) }
            let bare = try (0..<2).map { side in try bareSentences(raw[side], language: languages[side]) }
            let aligned = [
                (segmented, EvidenceAligner(sourceLanguage: languages[0], targetLanguage: languages[1]).align(source: segmented[0].map { $0[...] }, target: segmented[1].map { $0[...] })),
                (bare, EvidenceAligner(sourceLanguage: languages[0], targetLanguage: languages[1]).align(source: bare[0].map { $0[...] }, target: bare[1].map { $0[...] })),
                (bare, SentenceAligner().align(source: bare[0].map { $0[...] }, target: bare[1].map { $0[...] })),
            ]
            for (k, (sentences, beads)) in aligned.enumerated() {
                for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
                    let unit = Unit(source: bead.source.map { sentences[0][$0] }.joined(separator: " "), target: bead.target.map { sentences[1][$0] }.joined(separator: " "))
                    totals[k].made += 1
                    if gold.contains(unit) { totals[k].right += 1 }
                }
            }
        }
        print("\(pair)  \(goldPairs)       \(totals.map { $0.line(gold: goldPairs) }.joined(separator: "      "))")
    }
}

/// UTF-8 offsets of the sentence starts after the first (ICU's boundaries past white space).
private func starts(_ boundaries: [String.Index], in text: String) -> Set<Int> {
    var result: Set<Int> = []
    for boundary in boundaries where boundary > text.startIndex && boundary < text.endIndex {
        var index = boundary
        while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
        result.insert(text.utf8.distance(from: text.startIndex, to: index))
    }
    return result
}

private struct Unit: Hashable { let source: String; let target: String }

private struct BoundaryCount {
    var found = 0, gold = 0, right = 0
    mutating func add(found: Set<Int>, gold: Set<Int>) {
        self.found += found.count
        self.gold += gold.count
        right += found.intersection(gold).count
    }
    var line: String {
        let p = Double(right) / Double(max(found, 1)), r = Double(right) / Double(max(gold, 1))
        return "\(fixed(2 * p * r / max(p + r, 1e-9), 3)) (\(fixed(p, 3)) / \(fixed(r, 3)))"
    }
}

private struct UnitCount {
    var made = 0, right = 0
    func line(gold: Int) -> String {
        "\(fixed(Double(right) / Double(max(made, 1)), 3)) / \(fixed(Double(right) / Double(max(gold, 1)), 3))"
    }
}
