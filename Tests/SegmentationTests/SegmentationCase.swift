import Foundation

/// One case of the segmentation suite: an input text and the sentences expected from it.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let language: String
    /// The file's name, e.g. `ko-news.cases`.
    let file: String
    let category: String
    let input: String
    let expected: [String]
    /// Why Rosetta gets the case wrong, when it is a known miss (a "? reason" line before it).
    let knownMiss: String?
    /// Where the case is written, for failure messages.
    let line: Int

    var testDescription: String { "\(file):\(line) [\(category)]" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The case files: `Fixtures/<language>.cases` and `Fixtures/<language>-<kind>.cases`.
    static var files: [(language: String, file: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".cases") }.sorted().map { name in
            (String(name.dropLast(6).prefix { $0 != "-" }), name)
        }
    }

    /// Every case in one file.
    static func load(_ language: String, file: String) -> [SegmentationCase] {
        let url = fixtures.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [SegmentationCase] = []
        var category = "uncategorized"
        var input: [String] = []
        var expected: [String] = []
        var knownMiss: String?
        var start = 0
        func flush() {
            if !input.isEmpty {
                cases.append(SegmentationCase(language: language, file: file, category: category, input: input.joined(separator: "\n"),
                                              expected: expected, knownMiss: knownMiss, line: start))
            }
            input = []
            expected = []
            knownMiss = nil
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@ ") {
                flush()
                category = String(line.dropFirst(2))
            } else if line.hasPrefix("? ") {
                knownMiss = String(line.dropFirst(2))
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

    static let all: [SegmentationCase] = files.flatMap { load($0.language, file: $0.file) }
}

import Testing
