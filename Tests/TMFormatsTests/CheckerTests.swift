import CorpusModel
import Foundation
import RosettaTestSupport
import Testing
@testable import TMFormats

/// Exported files, checked by the real clients in ../shared/tmx (xmllint against the DTD, strict
/// rules, translate-toolkit, python-tmx; the CSV checker). Skipped when they are not installed.
@Suite("Shared checkers", .enabled(if: SharedCheckers.available, "../shared/tmx or its venv (setup.sh) is missing"))
struct CheckerTests {
    /// A memory with what trips importers: n-way units, markup, quotes, commas, formula triggers,
    /// decomposed text, controls, line breaks, repeats.
    static let units: [TranslationUnit] = [
        unit([(en, "The talks lasted three hours."), (ru, "Переговоры длились три часа."), (ko, "회담은 세 시간 동안 이어졌다.")], score: 0.97, bead: "1-1-1", document: "summit"),
        unit([(en, "<b>Bold</b> & \"quoted\", with a comma."), (ru, "=СУММ(A1), как формула."), (ko, "-5도, @기자.")], score: 0.42, bead: "1-1-1", document: "summit"),
        unit([(en, "Cafe\u{301} line\r\nbreak\ttab."), (ru, "И\u{306}од\u{7}."), (ko, "\u{1100}\u{1175}\u{11B7} 위원장.")], score: 0.8, bead: "2-1-1", document: "summit"),
        TranslationUnit(variants: [.init(language: en, text: "Only two languages here.", document: "summit/en.txt"),
                                   .init(language: ru, text: "Здесь только два языка.", document: "summit/ru.txt")],
                        score: 0.6, beadKind: "1-1", document: "summit"),
        unit([(en, "The talks lasted three hours."), (ru, "Переговоры длились три часа."), (ko, "회담은 세 시간 동안 이어졌다.")], score: 0.5, bead: "1-1-1", document: "summit"),
    ]

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-check-\(UInt32.random(in: 0...UInt32.max))-\(name)").path
    }

    @Test(arguments: [nil, en])
    func tmxPassesCheckTMX(source: LanguageTag?) throws {
        let path = temporaryPath("memory.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try TextOutput.file(atPath: path)
        let writer = TMXWriter(output: output, header: .init(sourceLanguage: source, creationDate: fixedDate, toolVersion: "test"))
        for unit in Self.units { writer.write(unit) }
        writer.finish()
        try output.close()
        let (status, log) = try SharedCheckers.run("/bin/bash", [SharedCheckers.folder + "/check_tmx.sh", "--werror", path])
        #expect(status == 0, "\(log)")
        #expect(log.contains("tu=4"), "\(log)")
    }

    @Test(arguments: [("csv", false), ("tsv", false), ("csv", true)])
    func csvPassesCheckCSV(format: String, spreadsheet: Bool) throws {
        let path = temporaryPath("memory.\(format)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try TextOutput.file(atPath: path)
        var options = spreadsheet ? CSVWriter.Options.spreadsheet : CSVWriter.Options()
        options.delimiter = format == "tsv" ? .tab : .comma
        options.extraColumns = CSVWriter.ExtraColumn.allCases
        let writer = CSVWriter(output: output, languages: [en, ru, ko], options: options)
        for unit in Self.units { writer.write(unit) }
        writer.finish()
        try output.close()
        var arguments = [SharedCheckers.folder + "/check_csv.py", "--werror", "--format", format]
        if spreadsheet { arguments += ["--target", "spreadsheet"] }
        let (status, log) = try SharedCheckers.run(SharedCheckers.python, arguments + [path])
        #expect(status == 0, "\(log)")
        #expect(log.contains("records=3"), "\(log)")
    }
}

enum SharedCheckers {
    /// ../shared/tmx from the package root.
    static let folder: String = {
        var root = testsFolder
        for _ in 0..<2 { root = String(root[..<(root.lastIndex(of: "/") ?? root.endIndex)]) }
        return root + "/../shared/tmx"
    }()
    static let python = (ProcessInfo.processInfo.environment["TMX_VENV"] ?? NSHomeDirectory() + "/.cache/tmx-clients") + "/bin/python"

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder + "/check_tmx.sh") && FileManager.default.isExecutableFile(atPath: python)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        try runProgram(executable, arguments)
    }
}
