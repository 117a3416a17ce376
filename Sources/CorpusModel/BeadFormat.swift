/// Reads and writes alignments in the bead format, one bead per line: `[0, 1]:[0]`, `[]:[3]:0.5`.
public enum BeadFormat {
    public static func parse(_ text: String, file: String = "-") throws(BeadFormatError) -> [Bead] {
        var beads: [Bead] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            beads.append(try parseBead(trimmed, file: file, line: lineNumber))
        }
        return beads
    }

    public static func format(_ beads: [Bead]) -> String {
        beads.map { "\($0)\n" }.joined()
    }

    static func parseBead(_ text: Substring, file: String, line: Int) throws(BeadFormatError) -> Bead {
        var rest = text[...]
        func fail(_ reason: String) -> BeadFormatError {
            let column = text.distance(from: text.startIndex, to: rest.startIndex) + 1
            return .malformed(file: file, line: line, column: column, reason: reason)
        }
        func list() throws(BeadFormatError) -> [Int] {
            guard rest.first == "[" else { throw fail("expected '['") }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: "]") else { throw fail("missing ']'") }
            let body = rest[..<close]
            var numbers: [Int] = []
            for item in body.split(separator: ",") {
                guard let number = Int(item.trimmingWhitespace()), number >= 0 else {
                    throw fail("'\(item.trimmingWhitespace())' is not a sentence number")
                }
                numbers.append(number)
            }
            rest = rest[rest.index(after: close)...]
            return numbers
        }
        let source = try list()
        guard rest.first == ":" else { throw fail("expected ':' between the two sides") }
        rest = rest.dropFirst()
        let target = try list()
        var score: Double?
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let value = Double(rest.trimmingWhitespace()) else { throw fail("'\(rest)' is not a score") }
            guard (0...1).contains(value) else { throw fail("score \(rest.trimmingWhitespace()) is outside 0…1 (a score is a probability)") }
            score = value
            rest = rest[rest.endIndex...]
        }
        guard rest.trimmingWhitespace().isEmpty else { throw fail("unexpected '\(rest)' after the bead") }
        guard !(source.isEmpty && target.isEmpty) else { throw fail("a bead links at least one sentence") }
        return Bead(source: source, target: target, score: score)
    }
}

public enum BeadFormatError: Error, Equatable, CustomStringConvertible {
    case malformed(file: String, line: Int, column: Int, reason: String)
    case outOfRange(file: String, bead: Int, sentence: Int, side: String, count: Int)

    public var description: String {
        switch self {
        case let .malformed(file, line, column, reason): "\(file):\(line):\(column): malformed bead: \(reason)"
        case let .outOfRange(file, bead, sentence, side, count):
            "\(file): bead \(bead) names \(side) sentence \(sentence), but the \(side) has \(count) sentence\(count == 1 ? "" : "s") (numbers are 0-based; was it aligned with another segmentation?)"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    public func trimmingWhitespace() -> SubSequence {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}

extension BeadFormat {
    /// Checks that every sentence number of `beads` exists (below the sentence counts), so that a
    /// beads file from another segmentation fails with a clear message instead of a crash.
    public static func validate(_ beads: [Bead], sourceCount: Int, targetCount: Int, file: String) throws(BeadFormatError) {
        for (index, bead) in beads.enumerated() {
            if let bad = bead.source.first(where: { $0 >= sourceCount }) {
                throw .outOfRange(file: file, bead: index + 1, sentence: bad, side: "source", count: sourceCount)
            }
            if let bad = bead.target.first(where: { $0 >= targetCount }) {
                throw .outOfRange(file: file, bead: index + 1, sentence: bad, side: "target", count: targetCount)
            }
        }
    }
}
