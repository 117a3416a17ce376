public import CorpusModel

/// Writes a translation memory as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
/// comma, quote or line break) in UTF-8, with a header row of BCP 47 language codes, the way
/// memoQ, Trados, Phrase and OmegaT import it. Optional extra columns carry the evidence.
public final class CSVWriter: TranslationUnitWriter {
    public static let fileExtensions = ["csv"]
    public static let mediaType = "text/csv"

    public enum ExtraColumn: String, Sendable, CaseIterable {
        case score = "x-score", bead = "x-bead", document = "x-document"
    }

    private let output: TextOutput
    private let languages: [LanguageTag]
    private let extraColumns: [ExtraColumn]
    public private(set) var report = ExportReport()
    private var seenRows: Set<[String]> = []

    /// - Parameter languages: the columns, in order; each unit contributes its text in each.
    public init(output: TextOutput, languages: [LanguageTag], extraColumns: [ExtraColumn] = []) {
        self.output = output
        self.languages = languages
        self.extraColumns = extraColumns
        writeRow(languages.map(\.identifier) + extraColumns.map(\.rawValue))
    }

    public func write(_ unit: TranslationUnit) {
        var cells: [String] = []
        for language in languages {
            var text = segmentText(unit.text(in: language) ?? "")
            if text.unicodeScalars.contains(where: TMXWriter.isIllegal) {
                let kept = text.unicodeScalars.filter { !TMXWriter.isIllegal($0) }
                report.illegalCharactersRemoved += text.unicodeScalars.count - kept.count
                text = String(String.UnicodeScalarView(kept))
            }
            cells.append(text)
        }
        guard cells.filter({ !$0.isEmpty }).count >= 2, !cells.contains(where: \.isEmpty) else {
            report.oneSidedUnitsSkipped += 1
            return
        }
        guard seenRows.insert(cells).inserted else { return }
        for column in extraColumns {
            switch column {
            case .score: cells.append(unit.score.map(formatScore) ?? "")
            case .bead: cells.append(unit.beadKind ?? "")
            case .document: cells.append(unit.document ?? "")
            }
        }
        writeRow(cells)
        report.unitsWritten += 1
    }

    public func finish() { output.flush() }

    private func writeRow(_ cells: [String]) {
        output.write(cells.map(Self.quoted).joined(separator: ","))
        output.write("\r\n")
    }

    static func quoted(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
