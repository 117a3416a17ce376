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
    private let compiled: CompiledRules

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
        compiled = CompiledRules(self.rules)
    }

    /// Builds a segmenter from an SRX file's rules for `language` on top of the built-in rules.
    public convenience init(language: LanguageTag, srxFile path: String) throws {
        let document = try SRXDocument(contentsOfFile: path)
        try self.init(language: language, srx: try document.rules(for: language))
    }

    public func boundaries(in text: String) throws -> [String.Index] {
        var units = UTF16Text.units(of: text)
        if units.isEmpty { return [text.startIndex] }
        let offsets = try utf16Boundaries(&units)
        // Masking only changed line breaks into spaces: same lengths, so the offsets map back.
        return UTF16Text.indices(in: text, units: units, offsets: offsets)
    }

    /// Boundaries as UTF-16 offsets into `units`, from 0 to `units.count`. Line breaks in `units`
    /// are overwritten with spaces.
    func utf16Boundaries(_ units: inout [UInt16]) throws -> [Int] {
        let count = units.count
        if count == 0 { return [0] }
        var result = [0]
        var lineStarts: [Int] = []
        var terminators: [Int] = []
        var paragraphStart = 0
        var lineBreaks = 0
        // One pass: mask line breaks, find paragraph starts (after a blank line) and line starts.
        try units.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            while index < count {
                let unit = buffer[index]
                // The hot path: a letter inside a line, with no line break pending.
                // (Spaces, line breaks and sentence marks all lie below U+0040, in U+2000...U+304F or
                // from U+FF00 on.)
                if lineBreaks == 0 && ((unit > 0x3F && unit < 0x2000 && unit != 0x85) || (unit > 0x304F && unit < 0xFF00)) {
                    index += 1
                    continue
                }
                if UTF16Class.isTerminator(unit) { terminators.append(index) }
                if UTF16Class.isLineBreak(unit) {
                    // CR LF counts as one line break; a paragraph separator is a paragraph break.
                    if !(unit == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A) { lineBreaks += 1 }
                    if unit == 0x2029 { lineBreaks += 1 }
                    // A space of the same UTF-8 length, so offsets still map back to the text.
                    buffer[index] = unit < 0x80 ? 0x20 : unit < 0x800 ? 0xA0 : 0x2002
                } else if !UTF16Class.isSpace(unit) {
                    if lineBreaks >= 2 {
                        try segmentParagraph(UnsafeBufferPointer(buffer), paragraphStart, index, lineStarts, terminators,
                                             into: &result)
                        paragraphStart = index
                        lineStarts.removeAll(keepingCapacity: true)
                        terminators.removeAll(keepingCapacity: true)
                    } else if lineBreaks == 1 {
                        lineStarts.append(index)
                    }
                    lineBreaks = 0
                }
                index += 1
            }
            try segmentParagraph(UnsafeBufferPointer(buffer), paragraphStart, count, lineStarts, terminators, into: &result)
        }
        return result
    }

    /// Appends the boundaries after `start` up to and including `end` of one paragraph.
    private func segmentParagraph(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ lineStarts: [Int],
                                  _ terminators: [Int], into result: inout [Int]) throws {
        guard start < end else { return }
        let slice = UnsafeBufferPointer(rebasing: units[start..<end])
        var candidates: [Int] = []
        try iterator.forEachBoundary(in: slice) { offset, _ in
            if offset > 0 && offset < slice.count { candidates.append(start + offset) }
        }
        var paragraph = Paragraph(units: units, start: start, end: end, rules: compiled)
        var kept = paragraph.decide(icuCandidates: candidates, lineStarts: lineStarts, terminators: terminators)
        if let srx { kept = try srx.apply(to: units, start: start, end: end, boundaries: kept) }
        result.append(contentsOf: kept)
        result.append(end)
    }
}
