public import CorpusModel
internal import ICUSupport

/// ICU's sentence break iterator and nothing else: the speed baseline for benchmarks, and the
/// first pass of `SentenceSegmenter`.
public final class ICUSentenceSegmenter: SentenceSegmenting {
    public let language: LanguageTag
    private let iterator: BreakIterator

    /// - Parameter suppressions: use ICU's abbreviation suppressions (`@ss=standard`).
    public init(language: LanguageTag, suppressions: Bool = true) throws {
        self.language = language
        guard ICU.knowsLanguage(String(language.language)) else {
            throw LanguageTagError.unknown(language.identifier)
        }
        iterator = try BreakIterator(.sentence, locale: language.identifier + (suppressions ? "@ss=standard" : ""))
    }

    public func boundaries(in text: String) throws -> [String.Index] {
        let units = UTF16Text.units(of: text)
        let offsets = try units.withUnsafeBufferPointer { buffer throws(ICUError) in try utf16Boundaries(buffer) }
        return UTF16Text.indices(in: text, units: units, offsets: offsets)
    }

    /// Boundaries as UTF-16 offsets into `units`, including 0 and `units.count`.
    func utf16Boundaries(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int] {
        if units.isEmpty { return [0] }
        return try iterator.boundaries(in: units)
    }
}

extension String {
    /// String indices for strictly increasing UTF-16 offsets, found in one pass over the text.
    func indices(atUTF16Offsets offsets: [Int]) -> [String.Index] {
        var result: [String.Index] = []
        result.reserveCapacity(offsets.count)
        var index = utf16.startIndex
        var position = 0
        for offset in offsets {
            index = utf16.index(index, offsetBy: offset - position)
            position = offset
            result.append(index)
        }
        return result
    }
}
