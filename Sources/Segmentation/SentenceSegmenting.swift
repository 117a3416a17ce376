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
        // On the bytes: LF, VT, FF, CR, NEL (C2 85), LS and PS (E2 80 A8/A9) are the line breaks.
        guard Self.containsLineBreak(utf8) else { return String(self) }
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

    static func containsLineBreak(_ bytes: Substring.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte >= 0x0A && byte <= 0x0D { return true }
                if byte == 0xC2, index + 1 < buffer.count, buffer[index + 1] == 0x85 { return true }
                if byte == 0xE2, index + 2 < buffer.count, buffer[index + 1] == 0x80, buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9 {
                    return true
                }
                index += 1
            }
            return false
        } ?? bytes.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }  // not contiguous: the cautious test
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
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { return trimmed }
        if !first.isASCII, !Self.standsAlone(first) { return self.trimmingWhitespace() }
        if !last.isASCII, !Self.standsAlone(last) { return self.trimmingWhitespace() }
        return trimmed
    }

    /// Whether a scalar at the cut is a Character of its own that is not white space: a letter,
    /// number, punctuation or symbol. A mark, a joiner (U+200D), a format character or a space
    /// may make one Character with a space beside it: Characters decide then.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x410...0x44F, 0xAC00...0xD7A3, 0x4E00...0x9FFF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
             .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return !scalar.properties.isGraphemeExtend && !scalar.properties.isWhitespace
        default: return false
        }
    }

    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
