import Foundation

/// One case of the segmentation suite: an input text and the sentences expected from it.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let language: String
    let category: String
    let input: String
    let expected: [String]
    /// Where the case is written, for failure messages.
    let line: Int

    var testDescription: String { "\(language).cases:\(line) [\(category)]" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every case in `Fixtures/<language>.cases`.
    static func load(_ language: String) -> [SegmentationCase] {
        let url = fixtures.appendingPathComponent("\(language).cases")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [SegmentationCase] = []
        var category = "uncategorized"
        var input: [String] = []
        var expected: [String] = []
        var start = 0
        func flush() {
            if !input.isEmpty {
                cases.append(SegmentationCase(language: language, category: category, input: input.joined(separator: "\n"),
                                              expected: expected, line: start))
            }
            input = []
            expected = []
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@ ") {
                flush()
                category = String(line.dropFirst(2))
            } else if line.hasPrefix("<") {
                if input.isEmpty { start = number + 1 }
                input.append(String(line.dropFirst(line.hasPrefix("< ") ? 2 : 1)))
            } else if line.hasPrefix("> ") {
                expected.append(String(line.dropFirst(2)))
            } else if line.allSatisfy(\.isWhitespace) {
                flush()
            }
        }
        flush()
        return cases
    }

    static let all: [SegmentationCase] = ["en", "ru", "ko"].flatMap(load)
}

import Testing
