public import CorpusModel

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
