public import CorpusModel

/// The memory formats Rosetta reads and writes, chosen by file extension.
public enum TMFormat: String, Sendable, CaseIterable {
    case tmx, csv, tsv

    public var fileExtensions: [String] {
        switch self {
        case .tmx: TMXWriter.fileExtensions
        case .csv: ["csv"]
        case .tsv: ["tsv", "tab"]
        }
    }

    public var mediaType: String {
        switch self {
        case .tmx: TMXWriter.mediaType
        case .csv: CSVWriter.mediaType
        case .tsv: "text/tab-separated-values"
        }
    }

    /// The format a path's extension names (case-insensitively), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = format
    }
}

/// A streaming writer: opened on an output, given units one at a time (`write(_:)`), closed with
/// `finish()`; its memory does not grow with the number of units (Okapi's IFilterWriter).
public protocol TranslationUnitWriter: AnyObject {
    /// Writes one unit. Units with fewer than two non-empty variants are skipped and counted.
    func write(_ unit: TranslationUnit)
    /// Writes what closes the file and flushes it.
    func finish()
    /// Counts of what was changed or left out, for the summary on stderr.
    var report: ExportReport { get }
}

/// What an export changed or left out, so that nothing is lost silently.
public struct ExportReport: Sendable, Equatable {
    public var unitsWritten = 0
    /// Units with text in fewer than two languages (sentences present in one version only), or,
    /// in CSV/TSV, without every column's language.
    public var oneSidedUnitsSkipped = 0
    /// CSV/TSV rows written with an empty cell for a language the unit lacks (`keepPartial`).
    public var partialUnitsWritten = 0
    /// TMX metadata a format has no place for, by kind ("note", "prop", "tuid", "creationdate",
    /// "inline markup", …): dropped from the units written, and counted.
    public var metadataDropped: [String: Int] = [:]
    /// Units without a variant in the memory's source language (TMX with a fixed srclang).
    public var unitsWithoutSourceSkipped = 0
    /// Units whose content was already written (`DuplicatePolicy.skipRepeats`).
    public var duplicatesSkipped = 0
    /// True when the duplicate filter ran out of room: later repeats may have been written.
    public var duplicateCheckSaturated = false
    /// Second and later variants in a language the unit already had.
    public var repeatedLanguageVariantsDropped = 0
    /// Characters that memories must not carry (C0/C1 controls, noncharacters), removed.
    public var illegalCharactersRemoved = 0
    /// Texts whose line breaks, tabs or padding were turned into single spaces.
    public var whitespaceNormalized = 0
    /// Texts that were not in Unicode NFC and were normalized.
    public var nfcNormalized = 0
    public init() {}

    mutating func absorb(_ cleaner: SegmentCleaner) {
        illegalCharactersRemoved = cleaner.illegalCharactersRemoved
        whitespaceNormalized = cleaner.whitespaceNormalized
        nfcNormalized = cleaner.nfcNormalized
    }
}

/// Cleans a unit's variants for writing into `variants` (reused storage, so that writing a unit
/// allocates no array): text cleaned, empty variants and repeated languages dropped (counted in
/// `report` and `cleaner`).
func cleanVariants(_ unit: TranslationUnit, into variants: inout [(language: LanguageTag, text: String)],
                   cleaner: inout SegmentCleaner, report: inout ExportReport) {
    variants.removeAll(keepingCapacity: true)
    for variant in unit.variants {
        let text = cleaner.clean(variant.text)
        if text.isEmpty { continue }
        if variants.contains(where: { $0.language == variant.language }) {
            report.repeatedLanguageVariantsDropped += 1
            continue
        }
        variants.append((variant.language, text))
    }
}

extension PendingBytes {
    /// Appends what `formatScore` (CorpusModel) returns, four decimals, without building strings.
    mutating func appendScore(_ value: Double) {
        let scaled = (value * 10_000).rounded()
        guard scaled.magnitude < 1e15 else { return append(formatScore(value)) }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = Int(scaled.magnitude)
        appendDecimal(magnitude / 10_000)
        bytes.append(UInt8(ascii: "."))
        var fraction = magnitude % 10_000
        var digits: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        digits.3 = UInt8(fraction % 10); fraction /= 10
        digits.2 = UInt8(fraction % 10); fraction /= 10
        digits.1 = UInt8(fraction % 10); fraction /= 10
        digits.0 = UInt8(fraction)
        bytes.append(0x30 + digits.0); bytes.append(0x30 + digits.1); bytes.append(0x30 + digits.2); bytes.append(0x30 + digits.3)
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(0x30 + UInt8(value % 10))
    }
}

/// What a writer keeps between units: the text cleaner, the bounded duplicate filter, the counts
/// behind its report, and a reusable buffer for the unit's cleaned variants.
struct WriterState {
    var duplicates: DuplicateFilter
    var cleaner = SegmentCleaner()
    var counts = ExportReport()
    var variants: [(language: LanguageTag, text: String)] = []

    init(_ policy: DuplicatePolicy) { duplicates = DuplicateFilter(policy) }

    var report: ExportReport {
        var report = counts
        report.absorb(cleaner)
        report.duplicateCheckSaturated = duplicates.saturated
        return report
    }

    /// Cleans the unit's variants into `variants`.
    mutating func clean(_ unit: TranslationUnit) {
        cleanVariants(unit, into: &variants, cleaner: &cleaner, report: &counts)
    }

    /// Whether a unit with this key was written before (and so is skipped, and counted).
    mutating func isRepeat(_ key: UnitKey) -> Bool {
        guard duplicates.isRepeat(key) else { return false }
        counts.duplicatesSkipped += 1
        return true
    }
}
