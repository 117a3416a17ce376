import Alignment
import CorpusModel
import Foundation

/// Text whose lines are not sentences: our own annals in verses (Tests/AlignmentTests/Fixtures/
/// verses; several sentences a line, the Korean side without final punctuation), strict F1 of
/// Rosetta next to Gale–Church, with the verse numbers as written and with them taken off (the
/// numbers alone are strong evidence; without them the evidence is weak).
let versesBenchmark = Benchmark(name: "verses", summary: "lines that are not sentences: annals in verses vs Gale–Church") {
    let root = packageRoot
    let folder = root.appendingPathComponent("Tests/AlignmentTests/Fixtures/verses")
    print("pair    numbered: gale-church  rosetta     numbers taken off: gale-church  rosetta")
    for pair in ["en-ru", "en-ko", "ru-ko"] {
        let languages = pair.split(separator: "-").map(String.init)
        let text = try languages.map { try String(contentsOf: folder.appendingPathComponent("annals.\($0)"), encoding: .utf8).split(separator: "\n") }
        let gold = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent("annals.\(pair).gold"), encoding: .utf8), file: pair)
        var row = "\(pair)"
        for numbered in [true, false] {
            let lines = numbered ? text : text.map { $0.map { $0.drop { $0.isNumber || $0 == "-" }.drop { $0 == " " } } }
            let gc = AlignmentScore(gold: gold, hypothesis: SentenceAligner().align(source: lines[0], target: lines[1])).strictF1
            let aligner = EvidenceAligner(sourceLanguage: try LanguageTag(languages[0]), targetLanguage: try LanguageTag(languages[1]))
            let ours = AlignmentScore(gold: gold, hypothesis: aligner.align(source: lines[0], target: lines[1])).strictF1
            row += "                \(fixed(gc, 3))        \(fixed(ours, 3))"
        }
        print(row)
    }
}
