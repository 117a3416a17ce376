import Foundation
import Testing

/// The same input is refused the same way everywhere: a score outside 0…1, an unknown
/// language, invalid UTF-8; and nothing silent (an empty folder, a memory that would lose units).
@Suite struct EdgeValidationTests {
    @Test func aBeadScoreOutsideZeroToOneIsRefused() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Talks began in Seoul.\n".utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data("Переговоры начались в Сеуле.\n".utf8).write(to: folder.appendingPathComponent("ru.txt"))
        try Data("[0]:[0]:1.5\n".utf8).write(to: folder.appendingPathComponent("b.beads"))
        let result = try RosettaCLI.run(["export", "--format", "tmx", "--src-lang", "en", "--tgt-lang", "ru", "en.txt", "ru.txt", "--beads", "b.beads"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.beads:1:") && result.stderr.contains("outside 0…1"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownLanguageIsAUsageErrorForTMCommands() throws {
        let memory = RosettaCLI.root.appendingPathComponent("Alignments/kim-medvedev-2011/en-ru.csv").path
        let result = try RosettaCLI.run(["tm", "convert", memory, "/tmp/never-written.tmx", "--src-lang", "xx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown language 'xx'"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.tmx"))
    }

    @Test func aBadBatchLineGivesAnErrorRecordAndTheRunGoesOn() throws {
        var input = Data()
        input.append(Data(#"{"id":"a","src_lang":"xx","tgt_lang":"ru","src":"Hello.","tgt":"Привет."}"#.utf8 + [0x0A]))
        input.append(Data(#"{"id":"b","src_lang":"en","tgt_lang":"ru","src":"Hel"#.utf8) + Data([0xFF]) + Data(#"lo.","tgt":"Привет."}"#.utf8 + [0x0A]))
        input.append(Data("not json\n".utf8))
        input.append(Data(#"{"id":"d","src_lang":"en","tgt_lang":"ru","src":["Talks in Seoul began on 24 August."],"tgt":["Переговоры в Сеуле начались 24 августа."]}"#.utf8 + [0x0A]))
        let result = try RosettaCLI.run(["align", "--jsonl"], stdin: input)
        #expect(result.status == 1)
        let records = try result.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 4, "one record per input record, in order")
        #expect(records[0]["id"] as? String == "a" && (records[0]["error"] as? String)?.contains("unknown language 'xx'") == true)
        #expect(records[1]["id"] as? String == "b" && (records[1]["error"] as? String)?.contains("invalid UTF-8") == true)
        #expect(records[2]["id"] is NSNull && records[2]["line"] as? Int == 3)
        #expect(records[3]["id"] as? String == "d" && records[3]["beads"] != nil)
    }

    @Test func namesOfAFolderWithoutTextsIsAnError() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RosettaCLI.run(["names", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no LANG.txt files"))
    }

    /// CSV rows need every column (CAT tools flag an empty translation): a unit lacking a
    /// language is not written, and said so.
    @Test func aUnitMissingALanguageIsCountedNotSilentlyDropped() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = RosettaCLI.root.appendingPathComponent("Alignments/kim-medvedev-2011/kim-medvedev-2011.tmx").path
        let result = try RosettaCLI.run(["tm", "convert", tmx, folder.appendingPathComponent("all.csv").path])
        #expect(result.status == 0)
        let rows = try String(contentsOf: folder.appendingPathComponent("all.csv"), encoding: .utf8).split(separator: "\r\n")
        // A header and the 20 of the 23 n-way units in every language; the 3 that lack one are counted.
        #expect(rows.count == 21)
        #expect(result.stderr.contains("3 one-sided unit(s)"))
    }
}

/// Messages a person understands: the file, the position, what to do; no library error numbers,
/// no raw control characters from the data.
@Suite struct MessageTests {
    func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return folder.appendingPathComponent(name).path
    }

    static let tmxHead = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body><tu><tuv xml:lang="en"><seg>"#

    @Test func tmxByteProblemsAreNamed() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x13], "zip.tmx", in: folder)
        let latin1 = try write(Array(Self.tmxHead.utf8) + [0x43, 0x61, 0x66, 0xE9] + Array("</seg></tuv><tuv xml:lang=\"ru\"><seg>x</seg></tuv></tu></body></tmx>\n".utf8), "latin1.tmx", in: folder)
        let misdeclared = try write(Array(Self.tmxHead.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1").utf8) + Array("Café</seg></tuv><tuv xml:lang=\"ru\"><seg>Кафе</seg></tuv></tu></body></tmx>\n".utf8), "declared.tmx", in: folder)
        for (path, expected) in [(binary, "binary file"), (latin1, "invalid UTF-8"), (misdeclared, "the bytes are UTF-8")] {
            let result = try RosettaCLI.run(["tm", "stats", path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(!result.stderr.contains("libxml2"))
        }
    }

    @Test func aBadManifestAndAnUnknownLanguageFileAreNamed() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = RosettaCLI.root.appendingPathComponent("Corpora/kim-medvedev-2011")
        for language in ["en", "ru"] { try FileManager.default.copyItem(at: story.appendingPathComponent("\(language).txt"), to: folder.appendingPathComponent("\(language).txt")) }
        _ = try write(Array(#"{"title": 5}"#.utf8), "manifest.json", in: folder)
        let manifest = try RosettaCLI.run(["build", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(manifest.status == 1)
        #expect(manifest.stderr.contains("manifest.json") && manifest.stderr.contains("field 'title': expected an object"), "\(manifest.stderr)")
        #expect(!manifest.stderr.contains("DecodingError"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.json"))
        try FileManager.default.copyItem(at: story.appendingPathComponent("ko.txt"), to: folder.appendingPathComponent("zz-bad.txt"))
        let unknown = try RosettaCLI.run(["build", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("zz-bad.txt"), "\(unknown.stderr)")
    }

    @Test func controlCharactersFromDataAreShownEscaped() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try write(Array("en,r\u{1B}[31mu\n\"a\",b\n".utf8), "escape.csv", in: folder)
        let result = try RosettaCLI.run(["tm", "stats", csv])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("\\u{1B}[31m"))
    }
}

@Suite struct NothingSilentTests {
    /// A memory mixing en-ru and en-ko units has no unit for en,ru,ko columns: an error, not a
    /// CSV holding only its header.
    @Test func aMemoryThatWouldBeEmptyIsAnError() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("en,ru\r\nHello.,Привет.\r\n".utf8).write(to: folder.appendingPathComponent("er.csv"))
        try Data("en,ko\r\nHello.,안녕.\r\n".utf8).write(to: folder.appendingPathComponent("ek.csv"))
        #expect(try RosettaCLI.run(["tm", "merge", "er.csv", "ek.csv", "--output", "mixed.tmx"], in: folder).status == 0)
        let result = try RosettaCLI.run(["tm", "convert", "mixed.tmx", "mixed.csv"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing written") && result.stderr.contains("--languages"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("mixed.csv").path))
        #expect(try RosettaCLI.run(["tm", "convert", "mixed.tmx", "mixed.csv", "--languages", "en,ru"], in: folder).status == 0)
    }
}

@Suite struct SizeLimitTests {
    @Test func aTextOverTheSentenceLimitIsRefusedWithTheWayAround() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("One.\nTwo.\nThree.\nFour.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let result = try RosettaCLI.run(["align", "--segmented", "--src-lang", "en", "--tgt-lang", "en", "--max-sentences", "3", "a.txt", "a.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt: 4 sentences, over the limit of 3") && result.stderr.contains("--max-sentences"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aBatchRecordOverTheByteLimitGetsAnErrorRecord() throws {
        let big = #"{"id":"big","src_lang":"en","tgt_lang":"ru","src":""# + String(repeating: "x", count: 500) + #"","tgt":"y"}"#
        let small = #"{"id":"small","src_lang":"en","tgt_lang":"ru","src":["Talks in Seoul."],"tgt":["Переговоры в Сеуле."]}"#
        let result = try RosettaCLI.run(["align", "--jsonl", "--max-record-bytes", "200"], stdin: Data((big + "\n" + small + "\n").utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("--max-record-bytes") == true)
        #expect(lines.last?.contains("\"small\"") == true)
    }
}
