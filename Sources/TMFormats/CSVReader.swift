public import CorpusModel

/// Reads CSV (RFC 4180) or TSV memories, streaming: a byte-level tokenizer over chunks of the
/// input, so a file of any size is read in constant memory (one row at a time).
///
/// Strict: quotes only around whole fields, `""` inside them; every row as wide as the header;
/// strict UTF-8; errors give line and column. Lenient on line ends (CRLF, LF or CR, mixed) and
/// on a leading BOM. The header names languages as BCP 47 codes, compared case-insensitively,
/// with `_` accepted (`pt_br` reads as `pt-BR`); `x-score`, `x-bead` and `x-document` columns
/// are read; `tuid`, `note` and other `x-…` columns are ignored and listed in the report. An
/// empty cell means the unit has no text in that language. TSV has no quoting at all.
public final class CSVReader: TranslationUnitReader {
    public struct Options: Sendable, Equatable {
        public var delimiter: CSVWriter.Delimiter
        public var lenient: Bool
        /// Undo `CSVWriter.Options.spreadsheetGuard` (drop the `'` it put before a formula trigger).
        public var spreadsheetGuarded: Bool
        public init(delimiter: CSVWriter.Delimiter = .comma, lenient: Bool = false, spreadsheetGuarded: Bool = false) {
            self.delimiter = delimiter
            self.lenient = lenient
            self.spreadsheetGuarded = spreadsheetGuarded
        }
    }

    private let input: TMInput
    private let options: Options

    public init(input: TMInput, options: Options = .init()) {
        self.input = input
        self.options = options
    }

    private enum Column {
        case language(LanguageTag), score, bead, document, ignored
    }

    public func read(_ body: (TranslationUnit) throws -> Void) throws -> ReadReport {
        var report = ReadReport()
        let file = input.name
        var columns: [Column] = []
        var languageCount = 0
        var headerLine = 0
        var pendingBlankLine: Int?

        func handle(_ row: [FieldValue], line: Int) throws {
            if columns.isEmpty {
                headerLine = line
                for field in row {
                    let name = field.text.lowercased()
                    switch name {
                    case "x-score": columns.append(.score)
                    case "x-bead": columns.append(.bead)
                    case "x-document": columns.append(.document)
                    case "tuid", "note":
                        columns.append(.ignored)
                        report.ignoredColumns.append(field.text)
                    case _ where name.hasPrefix("x-"):
                        columns.append(.ignored)
                        report.ignoredColumns.append(field.text)
                    default:
                        guard let tag = try? LanguageTag(field.text) else {
                            throw TMFormatError.badHeader(file: file, line: field.line, column: field.column, cell: field.text)
                        }
                        for case .language(let other) in columns where other == tag {
                            throw TMFormatError.repeatedLanguage(file: file, line: field.line, column: field.column, language: tag.identifier)
                        }
                        columns.append(.language(tag))
                        languageCount += 1
                    }
                }
                if languageCount < 2 { throw TMFormatError.tooFewLanguages(file: file, line: line, found: languageCount) }
                return
            }
            if let blank = pendingBlankLine {
                pendingBlankLine = nil
                try problem(.fieldCount(file: file, line: blank, expected: columns.count, found: 1))
            }
            guard row.count == columns.count else {
                try problem(.fieldCount(file: file, line: line, expected: columns.count, found: row.count))
                return
            }
            var unit = TranslationUnit(variants: [])
            unit.variants.reserveCapacity(languageCount)
            for (column, field) in zip(columns, row) {
                switch column {
                case .language(let tag):
                    if !field.text.isEmpty { unit.variants.append(.init(language: tag, text: unguard(field.text))) }
                case .score:
                    guard !field.text.isEmpty else { continue }
                    guard let score = Double(field.text), score.isFinite, (0...1).contains(score) else {
                        try problem(.badScore(file: file, line: field.line, column: field.column, value: field.text))
                        return
                    }
                    unit.score = score
                case .bead: if !field.text.isEmpty { unit.beadKind = unguard(field.text) }
                case .document: if !field.text.isEmpty { unit.document = unguard(field.text) }
                case .ignored: break
                }
            }
            report.unitsRead += 1
            try body(unit)
        }

        func problem(_ error: TMFormatError) throws {
            guard options.lenient else { throw error }
            report.skip(error)
        }

        var tokenizer = CSVTokenizer(delimiter: options.delimiter == .comma ? 0x2C : 0x09, quoting: options.delimiter == .comma, file: file)
        try input.forEachChunk { chunk in
            try tokenizer.feed(chunk) { row, line in
                if row.count == 1, row[0].text.isEmpty, !columns.isEmpty {
                    if pendingBlankLine == nil { pendingBlankLine = line }
                    return
                }
                try handle(row, line: line)
            }
        }
        try tokenizer.finish { row, line in try handle(row, line: line) }
        if columns.isEmpty { throw TMFormatError.emptyFile(file: file) }
        _ = headerLine
        return report
    }

    private func unguard(_ text: String) -> String {
        guard options.spreadsheetGuarded, text.first == "'", CSVWriter.isGuardable(text.dropFirst()) else { return text }
        return String(text.dropFirst())
    }
}

/// The RFC 4180 state machine over bytes (delimiter, quote and line ends are ASCII, so UTF-8
/// needs no decoding until a field is complete).
struct CSVTokenizer {
    let delimiter: UInt8
    let quoting: Bool
    let file: String

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var row: [CSVReader.FieldValue] = []
    private var line = 1
    private var column = 1
    private var rowLine = 1
    private var fieldLine = 1
    private var fieldColumn = 1
    private var afterCR = false
    private var atStart = true
    private var bomBytes = 0

    init(delimiter: UInt8, quoting: Bool, file: String) {
        self.delimiter = delimiter
        self.quoting = quoting
        self.file = file
    }

    typealias RowHandler = ([CSVReader.FieldValue], Int) throws -> Void

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: RowHandler) throws {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if atStart {
                // Skip a UTF-8 BOM (EF BB BF) at the very start.
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                index += 1
                if byte == bom[bomBytes] {
                    bomBytes += 1
                    if bomBytes == 3 { atStart = false }
                    continue
                }
                atStart = false
                if bomBytes > 0 {
                    for replayed in bom[..<bomBytes] { try consume(replayed, emit) }
                }
                try consume(byte, emit)
                continue
            }
            // Inside a field, copy the run of ordinary bytes at once.
            if !afterCR && (state == .unquoted || state == .quoted) {
                var end = index
                if state == .unquoted {
                    while end < bytes.count {
                        let b = bytes[end]
                        if b == delimiter || b == 0x0A || b == 0x0D || (b == 0x22 && quoting) { break }
                        end += 1
                    }
                } else {
                    while end < bytes.count {
                        let b = bytes[end]
                        if b == 0x22 || b == 0x0A || b == 0x0D { break }
                        end += 1
                    }
                }
                if end > index {
                    let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                    field.append(contentsOf: run)
                    for b in run where b & 0xC0 != 0x80 { column += 1 }
                    lastWasCR = false
                    index = end
                    continue
                }
            }
            try consume(byte, emit)
            index += 1
        }
    }

    private mutating func consume(_ byte: UInt8, _ emit: RowHandler) throws {
        if afterCR {
            afterCR = false
            if byte == 0x0A { return }  // the LF of a CRLF
        }
        switch state {
        case .quoted:
            if byte == 0x22 { state = .quoteInQuoted } else { field.append(byte) }
            advance(byte)
            return
        case .quoteInQuoted:
            if byte == 0x22 {
                field.append(0x22)
                state = .quoted
                advance(byte)
                return
            }
            if byte != delimiter && byte != 0x0A && byte != 0x0D {
                throw TMFormatError.textAfterClosingQuote(file: file, line: line, column: column)
            }
        case .fieldStart, .unquoted:
            break
        }
        switch byte {
        case delimiter:
            try endField()
            state = .fieldStart
            advance(byte)
        case 0x0A, 0x0D:
            try endField()
            try emit(row, rowLine)
            row.removeAll(keepingCapacity: true)
            state = .fieldStart
            afterCR = byte == 0x0D
            line += 1
            column = 1
            rowLine = line
        case 0x22 where quoting:
            guard state == .fieldStart else { throw TMFormatError.quoteInUnquotedField(file: file, line: line, column: column) }
            if state == .fieldStart { markFieldStart() }
            state = .quoted
            advance(byte)
        default:
            if state == .fieldStart {
                markFieldStart()
                state = .unquoted
            }
            field.append(byte)
            advance(byte)
        }
    }

    private mutating func markFieldStart() {
        fieldLine = line
        fieldColumn = column
    }

    /// Columns count scalars: every byte that is not a UTF-8 continuation byte starts one.
    /// Line breaks inside quoted fields start new lines.
    private mutating func advance(_ byte: UInt8) {
        if state == .quoted || state == .quoteInQuoted, byte == 0x0A || byte == 0x0D {
            if byte == 0x0D || !lastWasCR { line += 1 }
            column = 1
            lastWasCR = byte == 0x0D
            return
        }
        lastWasCR = false
        if byte & 0xC0 != 0x80 { column += 1 }
    }
    private var lastWasCR = false

    private mutating func endField() throws {
        if state == .fieldStart { markFieldStart() }
        guard let text = String(validating: field, as: UTF8.self) else {
            throw TMFormatError.invalidUTF8(file: file, line: fieldLine, column: fieldColumn)
        }
        row.append(.init(text: text, line: fieldLine, column: fieldColumn))
        field.removeAll(keepingCapacity: true)
    }

    /// Emits the last row if the input does not end with a line break.
    mutating func finish(_ emit: RowHandler) throws {
        if atStart, bomBytes > 0 {
            atStart = false
            for replayed in [UInt8]([0xEF, 0xBB, 0xBF])[..<bomBytes] { try consume(replayed, { _, _ in }) }
        }
        if state == .quoted { throw TMFormatError.unterminatedQuote(file: file, line: fieldLine, column: fieldColumn) }
        if state == .fieldStart && row.isEmpty { return }
        try endField()
        try emit(row, rowLine)
        row.removeAll()
        state = .fieldStart
    }
}

extension CSVReader {
    struct FieldValue {
        var text: String
        var line: Int
        var column: Int
    }
}
