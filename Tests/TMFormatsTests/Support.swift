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

    static func tmx(source: LanguageTag? = nil) -> FormatUnderTest {
        FormatUnderTest(name: "tmx", languages: []) { units, _ in
            let output = TextOutput.inMemory()
            let writer = TMXWriter(output: output, header: .init(sourceLanguage: source, creationDate: fixedDate, toolVersion: "test"))
            for unit in units { writer.write(unit) }
            writer.finish()
            return (output.memory, writer.report)
        } read: { bytes in
            var units: [TranslationUnit] = []
            let report = try TMXReader(input: .bytes(bytes, name: "test.tmx")).read { units.append($0) }
            return (units, report)
        }
    }

    static func csv(_ delimiter: CSVWriter.Delimiter, spreadsheet: Bool = false) -> FormatUnderTest {
        FormatUnderTest(name: delimiter == .comma ? (spreadsheet ? "csv-spreadsheet" : "csv") : "tsv", languages: []) { units, languages in
            let output = TextOutput.inMemory()
            var options = spreadsheet ? CSVWriter.Options.spreadsheet : CSVWriter.Options()
            options.delimiter = delimiter
            options.extraColumns = CSVWriter.ExtraColumn.allCases
            let writer = CSVWriter(output: output, languages: languages, options: options)
            for unit in units { writer.write(unit) }
            writer.finish()
            return (output.memory, writer.report)
        } read: { bytes in
            var units: [TranslationUnit] = []
            let reader = CSVReader(input: .bytes(bytes, name: "test.csv"),
                                   options: .init(delimiter: delimiter, spreadsheetGuarded: spreadsheet))
            let report = try reader.read { units.append($0) }
            return (units, report)
        }
    }

    static let all: [FormatUnderTest] = [.tmx(), .csv(.comma), .csv(.tab), .csv(.comma, spreadsheet: true)]
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
