public import CorpusModel

/// Anything that cuts text into sentences.
///
/// A segmenter returns positions, never copies (Okapi's ISegmenter, ICU4X): the boundaries run
/// strictly increasing from `text.startIndex` to `text.endIndex`, so the segments between them
/// join back into exactly the text.
public protocol SentenceSegmenting {
    var language: LanguageTag { get }
    /// Sentence boundaries, including the start and the end of `text` (just the start when empty).
    func boundaries(in text: String) throws -> [String.Index]
}

extension SentenceSegmenting {
    /// The segments between consecutive boundaries: a partition of the text, white space included.
    public func segments(in text: String) throws -> [Range<String.Index>] {
        let cuts = try boundaries(in: text)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// The sentences: segments without their surrounding white space, empty ones dropped.
    public func sentences(in text: String) throws -> [Range<String.Index>] {
        try segments(in: text).compactMap { range in
            let trimmed = text[range].trimmingSurroundingWhitespace()
            return trimmed.isEmpty ? nil : trimmed.startIndex..<trimmed.endIndex
        }
    }

    /// Segments `text` into a document.
    public func document(_ text: String, origin: String = "-") throws -> Document {
        Document(language: language, text: text, sentences: try sentences(in: text), origin: origin)
    }
}

extension Substring {
    /// The sentence on one line: every run of white space that holds a line break becomes one
    /// space, so that "one sentence per line" output never splits a sentence.
    public var singleLine: String {
        // Fast check on the bytes: LF, VT, FF, CR, and the lead bytes of U+0085 (C2) and U+2028/9 (E2).
        guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }),
              contains(where: \.isNewline) else { return String(self) }
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = ""
        var sawNewline = false
        for character in self {
            if character.isWhitespace {
                pendingSpace.append(character)
                if character.isNewline { sawNewline = true }
                continue
            }
            if !pendingSpace.isEmpty { result += sawNewline ? " " : pendingSpace }
            pendingSpace = ""
            sawNewline = false
            result.append(character)
        }
        return result
    }
}

extension Substring {
    /// The slice without white space at either end, as Character-wise trimming gives it, but
    /// looking at bytes where they are ASCII (the usual case) instead of at Characters.
    func trimmingSurroundingWhitespace() -> Substring {
        let bytes = utf8
        var lower = bytes.startIndex
        while lower < bytes.endIndex, Self.isASCIISpace(bytes[lower]) { lower = bytes.index(after: lower) }
        var upper = bytes.endIndex
        while upper > lower, Self.isASCIISpace(bytes[bytes.index(before: upper)]) { upper = bytes.index(before: upper) }
        // Where a non-ASCII byte meets the cut, it may be white space (U+3000, U+00A0) or a
        // combining mark joined to the space before it: let Characters decide.
        let trimmed = self[lower..<upper]
        if let first = trimmed.utf8.first, first >= 0x80 { return self.trimmingWhitespace() }
        if let last = trimmed.utf8.last, last >= 0x80 { return self.trimmingWhitespace() }
        return trimmed
    }

    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
