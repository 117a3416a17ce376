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
