public import CorpusModel

extension TMFormat {
    /// What a writer needs before its first unit, whatever the format: each format's writer takes
    /// the fields it has a place for and ignores the others, so that a caller fills in one value
    /// and lets the user pick the format.
    public struct WriterOptions: Sendable {
        /// The memory's header: the source language (units without it are left out; nil for
        /// `*all*`), creation date, tool version, and the header props, notes and data type a
        /// memory carries. TMX writes it.
        public var header: TMXWriter.Header
        /// The language columns, in order, of a format with ``TMFormat/hasLanguageColumns``
        /// (CSV, TSV); a unit is written when it has text in every one of them.
        public var languages: [LanguageTag]
        /// Extra columns, byte-order mark, spreadsheet guard and partial rows, for CSV and TSV.
        /// The format sets the delimiter, and ``duplicates`` the duplicate policy.
        public var table: CSVWriter.Options
        /// Which repeats are skipped, in every format.
        public var duplicates: DuplicatePolicy

        public init(header: TMXWriter.Header, languages: [LanguageTag] = [], table: CSVWriter.Options = .init(),
                    duplicates: DuplicatePolicy = .standard) {
            self.header = header
            self.languages = languages
            self.table = table
            self.duplicates = duplicates
        }
    }

    /// A writer of this format on `output`: the one place that maps a format to its writer, as
    /// ``reader(_:lenient:spreadsheetGuarded:)`` does for readers.
    public func writer(_ output: TextOutput, options: WriterOptions) -> any TranslationUnitWriter {
        var table = options.table
        table.duplicates = options.duplicates
        switch self {
        case .tmx:
            return TMXWriter(output: output, header: options.header, duplicates: options.duplicates)
        case .csv:
            table.delimiter = .comma
            return CSVWriter(output: output, languages: options.languages, options: table)
        case .tsv:
            table.delimiter = .tab
            return CSVWriter(output: output, languages: options.languages, options: table)
        }
    }
}
