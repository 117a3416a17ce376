import Foundation
import Testing

/// What a translator's memory carries besides its text survives every `tm` command into TMX:
/// header props and notes, unit and variant attributes (tuid, creation and change ids and
/// dates, usagecount), props, notes and inline markup. Into CSV, what cannot be held is
/// counted by kind, and `--strict` refuses it.
@Suite struct LosslessTMTests {
    static let rich = RosettaCLI.fixtures.appendingPathComponent("rich.tmx").path
    static let kept = [
        "<note>Client memory, do not share</note>", "<prop type=\"x-client\">ACME</prop>", "datatype=\"rtf\"",
        "tuid=\"42\"", "usagecount=\"7\"", "creationdate=\"20100102T101010Z\"", "creationid=\"ANNA\"",
        "changedate=\"20110203T111111Z\"", "changeid=\"BORIS\"", "<note>Checked by the reviewer</note>",
        "<prop type=\"x-project\">Summit</prop>", "<tuv xml:lang=\"en-US\" creationid=\"ANNA\"><prop type=\"x-origin\">manual</prop>",
        "<note>Terminology approved</note>", "<bpt i=\"1\">{b}</bpt>Save<ept i=\"1\">{/b}</ept> &amp; exit.",
    ]

    @Test(arguments: [["convert", rich, "out.tmx"], ["merge", rich, "--output", "out.tmx"], ["dedupe", rich, "--output", "out.tmx"],
                      ["filter", rich, "--output", "out.tmx", "--min-score", "0"]])
    func everyCommandKeepsWhatTMXCanSay(arguments: [String]) throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RosettaCLI.run(["tm"] + arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let tmx = try String(contentsOf: folder.appendingPathComponent("out.tmx"), encoding: .utf8)
        for piece in Self.kept { #expect(tmx.contains(piece), "\(arguments[0]): lost \(piece)") }
    }

    @Test func csvSaysWhatItDropsAndStrictRefuses() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lossy = try RosettaCLI.run(["tm", "convert", Self.rich, "out.csv"], in: folder)
        #expect(lossy.status == 0)
        #expect(lossy.stderr.contains("not kept") && lossy.stderr.contains("1 note") && lossy.stderr.contains("2 inline markup") && lossy.stderr.contains("1 tuid"))
        let strict = try RosettaCLI.run(["tm", "convert", Self.rich, "strict.csv", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("--strict"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict.csv").path))
    }
}

@Suite struct PartialUnitTests {
    /// A unit that lacks a language: kept with an empty cell on request, read back as it was.
    @Test func keepPartialWritesEmptyCellsThatReadBack() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("en,ru,ko\r\nA.,Б.,\r\nC.,Д.,가.\r\n".utf8).write(to: folder.appendingPathComponent("in.csv"))
        let dropped = try RosettaCLI.run(["tm", "convert", "in.csv", "out.csv"], in: folder)
        #expect(dropped.status == 0 && dropped.stderr.contains("1 one-sided unit(s)") && dropped.stderr.contains("--keep-partial"))
        let kept = try RosettaCLI.run(["tm", "convert", "in.csv", "kept.csv", "--keep-partial"], in: folder)
        #expect(kept.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("kept.csv"), encoding: .utf8) == "en,ru,ko\r\nA.,Б.,\r\nC.,Д.,가.\r\n")
    }
}
