public import CorpusModel

/// Writes a translation memory as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a
/// comma, quote or line break, quotes doubled) or TSV (IANA text/tab-separated-values: tab
/// between fields, LF line ends, no quoting), in UTF-8, with a header row of BCP 47 language
/// codes, the way memoQ, Trados, Phrase and OmegaT import it. Optional extra columns carry the
/// evidence (score, bead type, document).
///
/// Text is cleaned like TMX text (`SegmentCleaner`): a tab or line break in a cell becomes a
/// space and is counted in `report.whitespaceNormalized`, so TSV never needs quoting and never
/// silently carries a tab. A unit is written only if it has text in every language column.
public final class CSVWriter: TranslationUnitWriter {
    public static let fileExtensions = ["csv"]
    public static let mediaType = "text/csv"

    public enum ExtraColumn: String, Sendable, CaseIterable {
        case score = "x-score", bead = "x-bead", document = "x-document"
    }

    public enum Delimiter: Sendable, Equatable {
        /// RFC 4180 CSV, comma-separated, CRLF.
        case comma
        /// IANA TSV, tab-separated, LF.
        case tab
    }

    public struct Options: Sendable, Equatable {
        public var delimiter: Delimiter = .comma
        public var extraColumns: [ExtraColumn] = []
        /// Start with a UTF-8 byte-order mark, without which Excel reads UTF-8 as ANSI.
        public var byteOrderMark = false
        /// Prefix `'` to a cell that starts with `=`, `+`, `-` or `@`, so that a spreadsheet
        /// does not run it as a formula (OWASP CSV injection). Off by default: a CAT tool would
        /// store the apostrophe in the memory.
        public var spreadsheetGuard = false
        public var duplicates: DuplicatePolicy = .standard
        /// Write a unit that lacks some of the columns' languages with empty cells (it still needs
        /// two). Off by default: a CAT tool imports an empty cell as an empty translation.
        public var keepPartial = false

        public init(delimiter: Delimiter = .comma, extraColumns: [ExtraColumn] = [], byteOrderMark: Bool = false,
                    spreadsheetGuard: Bool = false, duplicates: DuplicatePolicy = .standard) {
            self.delimiter = delimiter
            self.extraColumns = extraColumns
            self.byteOrderMark = byteOrderMark
            self.spreadsheetGuard = spreadsheetGuard
            self.duplicates = duplicates
        }

        /// What `--for spreadsheet` means: the guard, and the BOM Excel needs.
        public static let spreadsheet = Options(byteOrderMark: true, spreadsheetGuard: true)
    }

    private let output: TextOutput
    private let languages: [LanguageTag]
    private let options: Options
    private let separator: String
    private let lineEnd: String
    private var state: WriterState
    private var pending = PendingBytes()

    public var report: ExportReport { state.report }

    /// - Parameter languages: the columns, in order; each unit contributes its text in each.
    public convenience init(output: TextOutput, languages: [LanguageTag], extraColumns: [ExtraColumn] = []) {
        self.init(output: output, languages: languages, options: Options(extraColumns: extraColumns))
    }

    public init(output: TextOutput, languages: [LanguageTag], options: Options) {
        self.output = output
        self.languages = languages
        self.options = options
        separator = options.delimiter == .comma ? "," : "\t"
        lineEnd = options.delimiter == .comma ? "\r\n" : "\n"
        state = WriterState(options.duplicates)
        if options.byteOrderMark { output.write("\u{FEFF}") }
        writeRow(languages.map(\.identifier) + options.extraColumns.map(\.rawValue))
    }

    public func write(_ unit: TranslationUnit) {
        state.clean(unit)
        var cells: [String] = []
        cells.reserveCapacity(languages.count + options.extraColumns.count)
        var present = 0
        for language in languages {
            let text = state.variants.first(where: { $0.language == language })?.text
            if text != nil { present += 1 }
            cells.append(text ?? "")
        }
        guard languages.count >= 2, present == languages.count || (options.keepPartial && present >= 2) else {
            state.counts.oneSidedUnitsSkipped += 1
            return
        }
        if present < languages.count { state.counts.partialUnitsWritten += 1 }
        let key = UnitKey(languages.indices.map { (languages[$0], cells[$0]) })
        if state.isRepeat(key) { return }
        Self.appendRow(cells, unit: unit, options: options, separator: separator, lineEnd: lineEnd,
                       cleaner: &state.cleaner, to: &pending)
        Self.countDropped(unit, into: &state.counts.metadataDropped)
        pending.flushIfFull(to: output)
        state.counts.unitsWritten += 1
    }

    /// What a CSV/TSV row cannot hold of a TMX unit, by kind.
    static func countDropped(_ unit: TranslationUnit, into counts: inout [String: Int]) {
        func add(_ metadata: TMXMetadata, prefix: String) {
            for attribute in metadata.attributes { counts[prefix + attribute.name, default: 0] += 1 }
            if !metadata.properties.isEmpty { counts[prefix + "prop", default: 0] += metadata.properties.count }
            if !metadata.notes.isEmpty { counts[prefix + "note", default: 0] += metadata.notes.count }
        }
        add(unit.metadata, prefix: "")
        for variant in unit.variants {
            add(variant.metadata, prefix: "tuv ")
            if variant.markup != nil { counts["inline markup", default: 0] += 1 }
        }
    }

    public func finish() {
        pending.flush(to: output)
        output.flush()
    }

    private func writeRow(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { pending.append(separator) }
            Self.appendCell(cell, options: options, to: &pending)
        }
        pending.append(lineEnd)
        pending.flushIfFull(to: output)
    }

    /// One row, with one access to the buffer (a class property accessed per byte would pay an
    /// exclusivity check each time); the score is written as digits, never as a String.
    private static func appendRow(_ cells: [String], unit: TranslationUnit, options: Options, separator: String,
                                  lineEnd: String, cleaner: inout SegmentCleaner, to pending: inout PendingBytes) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { pending.append(separator) }
            appendCell(cell, options: options, to: &pending)
        }
        for column in options.extraColumns {
            pending.append(separator)
            switch column {
            case .score: if let score = unit.score { pending.appendScore(score) }
            case .bead: appendCell(unit.beadKind.map { cleaner.clean($0) } ?? "", options: options, to: &pending)
            case .document: appendCell(unit.document.map { cleaner.clean($0) } ?? "", options: options, to: &pending)
            }
        }
        pending.append(lineEnd)
    }

    private static func appendCell(_ cell: String, options: Options, to pending: inout PendingBytes) {
        var cell = options.spreadsheetGuard ? guarded(cell) : cell
        if options.delimiter == .tab {
            pending.append(cell)
            return
        }
        cell.withUTF8 { bytes in
            // RFC 4180: quote a field holding a comma, quote or line break; double its quotes.
            guard WordScan.containsCSVSpecial(bytes) else {
                pending.bytes.append(contentsOf: bytes)
                return
            }
            pending.bytes.append(0x22)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x22 {
                pending.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                pending.bytes.append(0x22)
                start = index + 1
            }
            pending.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            pending.bytes.append(0x22)
        }
    }

    /// Formula triggers a spreadsheet would evaluate.
    static func startsWithFormulaTrigger(_ cell: some StringProtocol) -> Bool {
        guard let first = cell.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
    }

    /// A trigger gets a leading `'`; so does a cell that already starts with `'` and a trigger,
    /// so that `CSVReader` (with `spreadsheetGuarded`) can undo the guard exactly.
    static func guarded(_ cell: String) -> String {
        isGuardable(cell[...]) ? "'" + cell : cell
    }

    static func isGuardable(_ cell: Substring) -> Bool {
        startsWithFormulaTrigger(cell) || (cell.first == "'" && startsWithFormulaTrigger(cell.dropFirst()))
    }
}
