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
