import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func segmentsProseOneSentencePerLine() throws {
        let input = RosettaCLI.fixtures.appendingPathComponent("prose.en.txt").path
        let expected = try String(contentsOf: RosettaCLI.fixtures.appendingPathComponent("prose.en.expected"), encoding: .utf8)
        let result = try RosettaCLI.run(["segment", "--lang", "en", input])
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty)
        // The same through stdin.
        let piped = try RosettaCLI.run(["segment", "--lang", "en"], stdin: try Data(contentsOf: URL(fileURLWithPath: input)))
        #expect(piped.stdout == expected)
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let result = try RosettaCLI.run(["segment", "--lang", "qq"], stdin: Data("Hello.".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown language 'qq'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileIsOneLineError() throws {
        let result = try RosettaCLI.run(["segment", "--lang", "en", "/no/such/file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "rosetta: error: /no/such/file.txt: cannot read: no such file\n")
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        try Data([0x4F, 0x6B, 0x2E, 0x0A, 0xD0, 0x9A, 0xE8, 0x2E]).write(to: file)  // "Ok.\nК" then CP1251 "и"
        let result = try RosettaCLI.run(["segment", "--lang", "ru", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):2:2: invalid UTF-8"))
        #expect(result.stderr.contains("byte offset 6"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func emptyAndBinaryInput() throws {
        let empty = try RosettaCLI.run(["segment", "--lang", "ko"], stdin: Data())
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        let binary = try RosettaCLI.run(["segment", "--lang", "en"], stdin: Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x01]))
        #expect(binary.status == 1)
        #expect(binary.stderr.contains("binary file"))
    }
}

@Suite struct TranslitCommandTests {
    @Test func transliteratesLineByLine() throws {
        let result = try RosettaCLI.run(["translit", "--id", "Any-Latin; Latin-ASCII"], stdin: Data("Ким Чен Ир\n김정일\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "Kim Cen Ir\ngimjeong-il\n")
    }

    @Test func invalidTransformIsAClearError() throws {
        let result = try RosettaCLI.run(["translit", "--id", "Klingon-Latin"], stdin: Data("x\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid transform ID 'Klingon-Latin'"))
        #expect(result.stderr.contains("--list"))
    }
}

@Suite struct AlignExportEvalTests {
    // Each sentence carries some evidence (a name, a number, a date): with none, a link's score
    // stays under 0.5 and the sentences are left unlinked (`TranslationRegions`).
    let en = "Talks in Seoul began on Monday. They ended late, after 11 hours. A deal was signed on 24 August.\n"
    let ru = "Переговоры в Сеуле начались в понедельник. Они закончились поздно, через 11 часов. Соглашение подписали 24 августа.\n"

    func writePair() throws -> URL {
        let folder = try RosettaCLI.scratch()
        try Data(en.utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data(ru.utf8).write(to: folder.appendingPathComponent("ru.txt"))
        return folder
    }

    @Test func alignThenExportTMXAndCSV() throws {
        let folder = try writePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let align = try RosettaCLI.run(["align", "--src-lang", "en", "--tgt-lang", "ru", "en.txt", "ru.txt"], in: folder)
        #expect(align.status == 0)
        let beads = align.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(beads == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])

        let tmx = try RosettaCLI.run(["export", "--format", "tmx", "--src-lang", "en", "--tgt-lang", "ru", "en.txt", "ru.txt"],
                                     stdin: Data(align.stdout.utf8), in: folder)
        #expect(tmx.status == 0)
        #expect(tmx.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(tmx.stdout.contains("srclang=\"en\""))
        #expect(tmx.stdout.contains("<tuv xml:lang=\"ru\"><seg>Они закончились поздно, через 11 часов.</seg></tuv>"))
        #expect(tmx.stdout.components(separatedBy: "<tu ").count == 4)

        let csv = try RosettaCLI.run(["export", "--format", "csv", "--src-lang", "en", "--tgt-lang", "ru", "en.txt", "ru.txt"],
                                     stdin: Data(align.stdout.utf8), in: folder)
        #expect(csv.stdout.hasPrefix("en,ru\r\nTalks in Seoul began on Monday.,Переговоры в Сеуле начались в понедельник.\r\n"))
    }

    @Test func exportRejectsBeadsFromAnotherSegmentation() throws {
        let folder = try writePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RosettaCLI.run(["export", "--format", "tmx", "--src-lang", "en", "--tgt-lang", "ru", "en.txt", "ru.txt"],
                                        stdin: Data("[0]:[0]\n[7]:[1]\n".utf8), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bead 2 names source sentence 7"))
    }

    @Test func evalScoresStrictAndLax() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n".utf8).write(to: folder.appendingPathComponent("gold"))
        try Data("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n".utf8).write(to: folder.appendingPathComponent("hyp"))
        let result = try RosettaCLI.run(["eval", "--json", "gold", "hyp"], in: folder)
        #expect(result.status == 0)
        // Strict: [0]:[0] and [3]:[] of 4 hypothesis beads; recall 1 of 2 linking gold beads.
        #expect(result.stdout.contains("\"precision_strict\": 0.500"))
        #expect(result.stdout.contains("\"recall_strict\": 0.500"))
        #expect(result.stdout.contains("\"precision_lax\": 0.750"))
        #expect(result.stdout.contains("\"recall_lax\": 1.000"))
    }
}

@Suite struct SRXOptionTests {
    @Test func userRulesFromAnSRXFileApply() throws {
        let srx = RosettaCLI.fixtures.appendingPathComponent("no-break-after-approx.srx").path
        let text = Data("Meet in Rm. 12 at noon; bring the papers. Thanks.\n".utf8)
        let plain = try RosettaCLI.run(["segment", "--lang", "en"], stdin: text)
        let ruled = try RosettaCLI.run(["segment", "--lang", "en", "--srx", srx], stdin: text)
        #expect(ruled.status == 0, "\(ruled.stderr)")
        #expect(ruled.stdout == "Meet in Rm. 12 at noon;\nbring the papers.\nThanks.\n")
        #expect(plain.stdout != ruled.stdout)
    }

    @Test func malformedSRXNamesThePosition() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<srx version=\"2.0\">\n<body>\n<languagerules>\n</body>\n".utf8).write(to: folder.appendingPathComponent("bad.srx"))
        let result = try RosettaCLI.run(["segment", "--lang", "en", "--srx", "bad.srx"], stdin: Data("A. B.\n".utf8), in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.srx:"))
    }
}
