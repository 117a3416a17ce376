public import CorpusModel

/// A translation-memory file format: how it names itself, and its streaming writer.
///
/// A writer is opened on an output, takes units one at a time (`write(_:)`), and is closed with
/// `finish()`; its memory does not depend on the number of units (Okapi's IFilterWriter).
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
    /// Characters that XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF), removed from the text.
    public var illegalCharactersRemoved = 0
    public init() {}
}

/// Text of a segment as CAT tools expect it: runs of white space (line breaks, tabs, double
/// spaces) become one space, and nothing leads or trails.
func segmentText(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
        if character.isWhitespace {
            pendingSpace = !result.isEmpty
            continue
        }
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
    }
    return result
}

/// A stable 64-bit FNV-1a hash, printed as 16 hex digits: the same content gets the same id in
/// every run and on every machine (Swift's `Hasher` is seeded per process).
func stableHash(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
        for byte in part.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        hash ^= 0xFF  // separator, so ["ab", "c"] and ["a", "bc"] differ
        hash &*= 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
