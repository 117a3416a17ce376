import CorpusModel
@testable import TMFormats

let en = LanguageTag.english
let ru = LanguageTag.russian
let ko = LanguageTag.korean
/// 2011-08-24 00:00:00 UTC, the story's date; fixed so that output is byte-stable.
let fixedDate = 1_314_144_000

func unit(_ texts: [(LanguageTag, String)], score: Double? = nil, bead: String? = nil, document: String? = nil) -> TranslationUnit {
    TranslationUnit(variants: texts.map { .init(language: $0.0, text: $0.1) }, score: score, beadKind: bead, document: document)
}

/// The folder of this test target, found from this file's path.
let testsFolder: String = {
    var path = #filePath
    while let last = path.lastIndex(of: "/"), !path.hasSuffix("/TMFormatsTests") { path = String(path[..<last]) }
    return path
}()

/// A memory format under test: how to write units and read them back, in memory.
struct FormatUnderTest: CustomTestStringConvertible, Sendable {
    let name: String
    let languages: [LanguageTag]
    let write: @Sendable ([TranslationUnit], [LanguageTag]) -> (bytes: [UInt8], report: ExportReport)
    let read: @Sendable ([UInt8]) throws -> (units: [TranslationUnit], report: ReadReport)
    var testDescription: String { name }
    /// Whether score, bead and document survive the round trip.
    var carriesEvidence = true

    /// A format as the factories make it (`TMFormat.writer`, `TMFormat.reader`), with every extra
    /// column; `spreadsheet` writes and reads with the spreadsheet guard.
    static func made(_ format: TMFormat, spreadsheet: Bool = false) -> FormatUnderTest {
        FormatUnderTest(name: format.rawValue + (spreadsheet ? "-spreadsheet" : ""), languages: []) { units, languages in
            let output = TextOutput.inMemory()
            var options = TMFormat.WriterOptions(header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "test"),
                                                 languages: languages, table: spreadsheet ? .spreadsheet : .init())
            options.table.extraColumns = CSVWriter.ExtraColumn.allCases
            let writer = format.writer(output, options: options)
            for unit in units { writer.write(unit) }
            writer.finish()
            return (output.memory, writer.report)
        } read: { bytes in
            var units: [TranslationUnit] = []
            let reader = format.reader(.bytes(bytes, name: "test." + format.fileExtensions[0]), spreadsheetGuarded: spreadsheet)
            let report = try reader.read { units.append($0) }
            return (units, report)
        }
    }

    /// Every format of `TMFormat`, so that a new case joins the suite by itself, and CSV as written
    /// for spreadsheets.
    static let all: [FormatUnderTest] = TMFormat.allCases.map { made($0) } + [made(.csv, spreadsheet: true)]
}

/// Variants as comparable pairs, in language order (CSV writes columns in its own order).
func variantSet(_ unit: TranslationUnit) -> [String] {
    unit.variants.sorted { $0.language < $1.language }.map { "\($0.language)=\($0.text)" }
}

import Testing

/// Units as read back from a TMX this project wrote: without the `tuid` and `creationdate` the
/// writer gives every `<tu>` (they are read, as every attribute is, into the unit's metadata).
func withoutWriterAttributes(_ units: [TranslationUnit]) -> [TranslationUnit] {
    units.map { unit in
        var unit = unit
        unit.metadata.attributes.removeAll { $0.name == "tuid" || $0.name == "creationdate" }
        return unit
    }
}
