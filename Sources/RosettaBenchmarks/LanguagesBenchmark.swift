import Alignment
import CorpusModel
import Foundation
import LanguageProfiles
import Segmentation

/// What a language profile buys, for the languages added as profiles alone (German, French):
/// sentence segmentation of the sample story against its hand-made gold, next to ICU's bare
/// iterator; and sentence alignment of our own German–French documents (Tests/AlignmentTests/
/// Fixtures/de-fr), next to Gale–Church and to Rosetta without the profiles' lexicon.
let languagesBenchmark = Benchmark(name: "languages", summary: "German/French: segmentation vs bare ICU, alignment vs Gale–Church") {
    let root = packageRoot
    let story = root.appendingPathComponent("Corpora/bregaglia-2017"), gold = root.appendingPathComponent("Alignments/bregaglia-2017")
    print("segmentation of Corpora/bregaglia-2017 against its gold sentences: sentences exactly right, F1 (bare ICU → rosetta)")
    for code in ["de", "fr"] {
        let language = try LanguageTag(code)
        let text = try String(contentsOf: story.appendingPathComponent("\(code).txt"), encoding: .utf8)
        let reference = try String(contentsOf: gold.appendingPathComponent("\(code).sentences.gold"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let bare = try bareSentences(text, language: language)
        let ours = try SentenceSegmenter(language: language).document(text).sentenceTexts.map(String.init)
        print("  \(code): \(fixed(sentenceF1(bare, reference), 3)) → \(fixed(sentenceF1(ours, reference), 3))   (\(bare.count) / \(ours.count) sentences, gold \(reference.count))")
    }
    let fixtures = root.appendingPathComponent("Tests/AlignmentTests/Fixtures/de-fr")
    print("alignment of our German–French documents (one sentence a line): strict F1, gale-church / rosetta without lexicon / rosetta")
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".gold") }.map { String($0.dropLast(5)) }.sorted()
    var all: [(Double, Double, Double)] = []
    for name in names {
        func lines(_ ext: String) throws -> [Substring] {
            try String(contentsOf: fixtures.appendingPathComponent("\(name).\(ext)"), encoding: .utf8).split(separator: "\n")
        }
        let source = try lines("de"), target = try lines("fr")
        let goldText = try String(contentsOf: fixtures.appendingPathComponent("\(name).gold"), encoding: .utf8)
        let reference = try BeadFormat.parse(goldText, file: "\(name).gold")
        let gc = AlignmentScore(gold: reference, hypothesis: SentenceAligner().align(source: source, target: target)).strictF1
        let plain = EvidenceAligner(sourceLanguage: try LanguageTag("de"), targetLanguage: try LanguageTag("fr"))
        plain.disabledKinds = [.dictionary]
        let withoutLexicon = AlignmentScore(gold: reference, hypothesis: plain.align(source: source, target: target)).strictF1
        let ours = AlignmentScore(gold: reference, hypothesis: EvidenceAligner(sourceLanguage: try LanguageTag("de"), targetLanguage: try LanguageTag("fr"))
            .align(source: source, target: target)).strictF1
        all.append((gc, withoutLexicon, ours))
        print("  \(name) (\(source.count)/\(target.count)): \(fixed(gc, 3)) / \(fixed(withoutLexicon, 3)) / \(fixed(ours, 3))")
    }
    let n = Double(max(all.count, 1))
    print("  mean: \(fixed(all.map(\.0).reduce(0, +) / n, 3)) / \(fixed(all.map(\.1).reduce(0, +) / n, 3)) / \(fixed(all.map(\.2).reduce(0, +) / n, 3))")
}

/// F1 of sentences exactly right (as multisets of trimmed sentence texts).
func sentenceF1(_ found: [String], _ reference: [String]) -> Double {
    var left = Dictionary(reference.map { ($0, 1) }, uniquingKeysWith: +)
    var right = 0
    for sentence in found where (left[sentence] ?? 0) > 0 {
        left[sentence]! -= 1
        right += 1
    }
    guard !found.isEmpty, !reference.isEmpty, right > 0 else { return 0 }
    let p = Double(right) / Double(found.count), r = Double(right) / Double(reference.count)
    return 2 * p * r / (p + r)
}
