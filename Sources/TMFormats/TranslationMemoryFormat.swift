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
    /// Units with text in fewer than two languages (sentences present in one version only).
    public var oneSidedUnitsSkipped = 0
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

/// Cleans a unit's variants for writing: text cleaned, empty variants and repeated languages
/// dropped (counted in `report` and `cleaner`).
func cleanVariants(_ unit: TranslationUnit, cleaner: inout SegmentCleaner,
                   report: inout ExportReport) -> [(language: LanguageTag, text: String)] {
    var variants: [(language: LanguageTag, text: String)] = []
    variants.reserveCapacity(unit.variants.count)
    for variant in unit.variants {
        let text = cleaner.clean(variant.text)
        if text.isEmpty { continue }
        if variants.contains(where: { $0.language == variant.language }) {
            report.repeatedLanguageVariantsDropped += 1
            continue
        }
        variants.append((variant.language, text))
    }
    return variants
}
