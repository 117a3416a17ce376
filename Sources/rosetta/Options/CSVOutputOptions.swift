import ArgumentParser
import TMFormats

/// How a CSV or TSV memory is laid out, for whoever reads it: `rosetta export` and the `tm`
/// commands that write. TMX has no place for any of these.
struct CSVOutputOptions: ParsableArguments {
    /// Who opens the file: a CAT tool (cells as they are) or a spreadsheet (formulas guarded).
    enum Target: String, ExpressibleByArgument, CaseIterable { case cat, spreadsheet }

    @Option(help: "CSV/TSV: extra columns, comma-separated, from x-score, x-bead, x-document, or 'none'. Default: none for export; for tm, those the inputs carry.")
    var columns: String?
    @Flag(help: "CSV/TSV: start with a UTF-8 byte-order mark (Excel needs it to read UTF-8).")
    var bom = false
    @Option(name: .customLong("for"), help: "CSV/TSV: 'cat' (default) writes cells verbatim; 'spreadsheet' guards cells starting with = + - @ with ' and adds the BOM.")
    var target: Target = .cat

    /// Whether none of them was given.
    var isDefault: Bool { columns == nil && !bom && target == .cat }

    /// The --columns list; nil when not given, empty for 'none'.
    func columnList() throws -> [CSVWriter.ExtraColumn]? {
        guard let columns else { return nil }
        if columns == "none" { return [] }
        return try columns.split(separator: ",").map { part in
            guard let column = CSVWriter.ExtraColumn(rawValue: String(part.trimmingCharacters(in: " "))) else {
                throw ValidationError("--columns: '\(part)' is not one of x-score, x-bead, x-document, none")
            }
            return column
        }
    }

    func validate() throws { _ = try columnList() }

    /// The writer's table options (`TMFormat.WriterOptions.table`), with these extra columns.
    func writerOptions(extraColumns: [CSVWriter.ExtraColumn]) -> CSVWriter.Options {
        var options = target == .spreadsheet ? CSVWriter.Options.spreadsheet : CSVWriter.Options()
        options.extraColumns = extraColumns
        options.byteOrderMark = options.byteOrderMark || bom
        return options
    }
}
