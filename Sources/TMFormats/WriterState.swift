import CorpusModel

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
