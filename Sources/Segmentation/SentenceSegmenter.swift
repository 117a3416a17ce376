public import CorpusModel
internal import ICUSupport

/// Rosetta's sentence segmenter: ICU's sentence iterator proposes boundaries, our per-language
/// rules (data in `Rules/`, see `SegmentationRules`) decide, and optional SRX rules override both.
///
/// The unit of work is the paragraph: a blank line always ends a sentence, and each paragraph is
/// segmented on its own, so `ParagraphReader` can stream text of any size in bounded memory.
/// Inside a paragraph a single line break is read as a space (ICU would split there), except
/// before a list item, or between lines of a block with no sentence punctuation at all.
///
/// The rules (see `Paragraph+Decisions.swift`): abbreviations by kind, initials, enumerations,
/// ellipses, quotes and brackets, direct speech, a missing space after a full stop, wire
/// datelines, and for Korean sentence-final verb endings without punctuation.
///
/// Not Sendable (it owns an ICU iterator and a scratch buffer): make one per task.
public final class SentenceSegmenter: SentenceSegmenting {
    public let language: LanguageTag
    public let rules: SegmentationRules
    /// User rules that take precedence over ours at the positions they match.
    public let srx: SRXRuleSet?
    private let iterator: BreakIterator
    private let koreanEndingLastUnits: Set<UInt16>
    private var scratch: [UInt16] = []

    /// - Parameters:
    ///   - rules: the rule data; the built-in data for `language` when nil.
    ///   - srx: SRX rules (already picked for the language) applied on top of ours.
    public init(language: LanguageTag, rules: SegmentationRules? = nil, srx: SRXRuleSet? = nil) throws {
        self.language = language
        guard ICU.knowsLanguage(String(language.language)) else {
            throw LanguageTagError.unknown(language.identifier)
        }
        // No ICU suppressions: our own abbreviation data decides, with more than ICU's list knows.
        iterator = try BreakIterator(.sentence, locale: language.identifier)
        self.rules = try rules ?? SegmentationRules.builtIn(for: language)
        self.srx = srx
        koreanEndingLastUnits = Set(self.rules.endings.compactMap(\.suffix.last))
    }

    /// Builds a segmenter from an SRX file's rules for `language` on top of the built-in rules.
    public convenience init(language: LanguageTag, srxFile path: String) throws {
        let document = try SRXDocument(contentsOfFile: path)
        try self.init(language: language, srx: try document.rules(for: language))
    }

    public func boundaries(in text: String) throws -> [String.Index] {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: text.utf16)
        if scratch.isEmpty { return [text.startIndex] }
        let offsets = try utf16Boundaries(&scratch)
        if scratch.count > 1 << 20 { scratch = [] }  // do not keep a huge buffer alive
        return text.indices(atUTF16Offsets: offsets)
    }

    /// Boundaries as UTF-16 offsets into `units`, from 0 to `units.count`. Line breaks in `units`
    /// are overwritten with spaces.
    func utf16Boundaries(_ units: inout [UInt16]) throws -> [Int] {
        let count = units.count
        if count == 0 { return [0] }
        var result = [0]
        var lineStarts: [Int] = []
        var paragraphStart = 0
        var lineBreaks = 0
        // One pass: mask line breaks, find paragraph starts (after a blank line) and line starts.
        try units.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            while index < count {
                let unit = buffer[index]
                if UTF16Class.isLineBreak(unit) {
                    // CR LF counts as one line break; a paragraph separator is a paragraph break.
                    if !(unit == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A) { lineBreaks += 1 }
                    if unit == 0x2029 { lineBreaks += 1 }
                    buffer[index] = 0x20
                } else if !UTF16Class.isSpace(unit) {
                    if lineBreaks >= 2 {
                        try segmentParagraph(UnsafeBufferPointer(buffer), paragraphStart, index, lineStarts, into: &result)
                        paragraphStart = index
                        lineStarts.removeAll(keepingCapacity: true)
                    } else if lineBreaks == 1 {
                        lineStarts.append(index)
                    }
                    lineBreaks = 0
                }
                index += 1
            }
            try segmentParagraph(UnsafeBufferPointer(buffer), paragraphStart, count, lineStarts, into: &result)
        }
        return result
    }

    /// Appends the boundaries after `start` up to and including `end` of one paragraph.
    private func segmentParagraph(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ lineStarts: [Int],
                                  into result: inout [Int]) throws {
        guard start < end else { return }
        let slice = UnsafeBufferPointer(rebasing: units[start..<end])
        var candidates: [Int] = []
        try iterator.forEachBoundary(in: slice) { offset, _ in
            if offset > 0 && offset < slice.count { candidates.append(start + offset) }
        }
        var paragraph = Paragraph(units: units, start: start, end: end, rules: rules,
                                  koreanEndingLastUnits: koreanEndingLastUnits)
        var kept = paragraph.decide(icuCandidates: candidates, lineStarts: lineStarts)
        if let srx { kept = try srx.apply(to: units, start: start, end: end, boundaries: kept) }
        result.append(contentsOf: kept)
        result.append(end)
    }
}
