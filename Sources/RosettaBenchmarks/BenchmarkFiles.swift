import CorpusModel
import Foundation
import Segmentation

/// Where the benchmarks find their text: the package's root (Corpora/, Alignments/, Tests/…
/// Fixtures), and the shared development sets beside it (../shared/bench).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let alignDevSet = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/align-dev")
let docAlignDevSet = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/docalign-dev")

/// The baseline segmentation: ICU's bare iterator, sentences trimmed, empty ones dropped, line
/// breaks inside a sentence read as spaces.
func bareSentences(_ text: String, language: LanguageTag) throws -> [String] {
    let cuts = try ICUSentenceSegmenter(language: language).boundaries(in: text)
    return zip(cuts, cuts.dropFirst()).map { String(text[$0..<$1]).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        .map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
}
