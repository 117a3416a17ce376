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
            let trimmed = text[range].trimmingWhitespace()
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
        guard contains(where: \.isNewline) else { return String(self) }
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
