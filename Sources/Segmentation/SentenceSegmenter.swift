public import CorpusModel
internal import ICUSupport

/// Rosetta's sentence segmenter: ICU's iterator for the candidates, then our own rules.
///
/// - A blank line always ends a sentence; a single line break inside prose never does (ICU would
///   split there, so line breaks are masked as spaces before ICU sees the text: offsets stay put).
/// - A candidate after an abbreviation from the language's list ("Gen.", "Aug.", "г.") or after an
///   initial ("E.") is dropped.
public final class SentenceSegmenter: SentenceSegmenting {
    public let language: LanguageTag
    private let icu: ICUSentenceSegmenter
    public let rules: SegmentationRules

    public init(language: LanguageTag, rules: SegmentationRules? = nil) throws {
        self.language = language
        self.icu = try ICUSentenceSegmenter(language: language)
        self.rules = try rules ?? SegmentationRules.builtIn(for: language)
    }

    public func boundaries(in text: String) throws -> [String.Index] {
        var units = Array(text.utf16)
        if units.isEmpty { return [text.startIndex] }
        let paragraphBreaks = Self.maskLineBreaks(&units)
        let candidates = try units.withUnsafeBufferPointer { buffer throws(ICUError) in
            try icu.utf16Boundaries(buffer)
        }
        // Merge the hard boundaries into ICU's candidates, keeping the rules' verdict on the latter.
        var kept: [Int] = []
        kept.reserveCapacity(candidates.count + paragraphBreaks.count)
        var nextHard = 0
        func keep(_ offset: Int) { if kept.last.map({ $0 < offset }) ?? true { kept.append(offset) } }
        for candidate in candidates {
            while nextHard < paragraphBreaks.count, paragraphBreaks[nextHard] < candidate {
                keep(paragraphBreaks[nextHard])
                nextHard += 1
            }
            let isHard = nextHard < paragraphBreaks.count && paragraphBreaks[nextHard] == candidate
            let isEdge = candidate == 0 || candidate == units.count
            if isEdge || isHard || !rules.suppressesBreak(before: candidate, in: units) { keep(candidate) }
        }
        return text.indices(atUTF16Offsets: kept)
    }

    /// Replaces every line break by a space, in place, and returns the offsets where a paragraph
    /// starts after a blank line (the hard boundaries).
    static func maskLineBreaks(_ units: inout [UInt16]) -> [Int] {
        var hard: [Int] = []
        var lineBreaks = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            switch unit {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                // CR LF counts as one line break.
                if !(unit == 0x0D && index + 1 < units.count && units[index + 1] == 0x0A) { lineBreaks += 1 }
                if unit == 0x2029 { lineBreaks += 1 }  // a paragraph separator is a paragraph break on its own
                units[index] = 0x20
            case 0x20, 0x09, 0xA0, 0x3000:
                break
            default:
                if lineBreaks >= 2 { hard.append(index) }
                lineBreaks = 0
            }
            index += 1
        }
        return hard
    }
}
