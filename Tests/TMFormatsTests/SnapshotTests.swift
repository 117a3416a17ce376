import CorpusModel
import Foundation
import Testing
@testable import TMFormats

/// The exact bytes each writer produces for a small memory, pinned in Snapshots/ so that any
/// change of layout shows up as a diff. Record with RECORD_SNAPSHOTS=1 (a recording run fails).
@Suite("Snapshots")
struct SnapshotTests {
    static let units: [TranslationUnit] = CheckerTests.units + [
        unit([(en, "Korea said, \"no comment.\""), (ru, "Корея: «без комментариев»."), (ko, "한국은 \"노코멘트\"라고 했다.")], score: 1, bead: "1-1-1"),
    ]

    func assertSnapshot(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = testsFolder + "/Snapshots/" + name
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: path), "no snapshot \(name): record it with RECORD_SNAPSHOTS=1")
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self), sourceLocation: sourceLocation)
    }

    @Test func tmx() throws {
        let output = TextOutput.inMemory()
        let writer = TMXWriter(output: output, header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "1.0"))
        for unit in Self.units { writer.write(unit) }
        writer.finish()
        try assertSnapshot(output.memory, named: "sample.tmx")
    }

    @Test(arguments: [("sample.csv", CSVWriter.Options(extraColumns: CSVWriter.ExtraColumn.allCases)),
                      ("sample.tsv", CSVWriter.Options(delimiter: .tab, extraColumns: [.score])),
                      ("sample-spreadsheet.csv", CSVWriter.Options.spreadsheet)])
    func csv(name: String, options: CSVWriter.Options) throws {
        let output = TextOutput.inMemory()
        let writer = CSVWriter(output: output, languages: [en, ru, ko], options: options)
        for unit in Self.units { writer.write(unit) }
        writer.finish()
        try assertSnapshot(output.memory, named: name)
    }

    /// `TMFormat.writer` builds the same writers: its output is the snapshot, byte for byte, and
    /// the format (not `table.delimiter`) decides the delimiter.
    @Test(arguments: [(TMFormat.tmx, "sample.tmx"), (.csv, "sample.csv"), (.tsv, "sample.tsv")])
    func madeByTheFactory(format: TMFormat, name: String) throws {
        let output = TextOutput.inMemory()
        var options = TMFormat.WriterOptions(header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "1.0"),
                                             languages: [en, ru, ko])
        options.table.delimiter = format == .csv ? .tab : .comma
        options.table.extraColumns = format == .csv ? CSVWriter.ExtraColumn.allCases : [.score]
        let writer = format.writer(output, options: options)
        for unit in Self.units { writer.write(unit) }
        writer.finish()
        try assertSnapshot(output.memory, named: name)
    }
}
