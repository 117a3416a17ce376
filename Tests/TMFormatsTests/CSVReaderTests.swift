import CorpusModel
import Foundation
import Testing
@testable import TMFormats
import RosettaTestSupport

@Suite("CSV reader")
struct CSVReaderTests {
    func read(_ text: String, _ options: CSVReader.Options = .init()) throws -> ([TranslationUnit], ReadReport) {
        var units: [TranslationUnit] = []
        let report = try CSVReader(input: .bytes(Array(text.utf8), name: "t.csv"), options: options).read { units.append($0) }
        return (units, report)
    }

    @Test func headerCodesAreCaseInsensitiveAndUnderscoresAccepted() throws {
        let (units, report) = try read("EN_us,Ru,pt_BR,tuid,x-note\nColor,Цвет,Cor,17,seen\n")
        #expect(units.first?.languages.map(\.identifier) == ["en-US", "ru", "pt-BR"])
        #expect(report.ignoredColumns == ["tuid", "x-note"])
    }

    @Test func mixedLineEndingsBOMAndQuotedLineBreaks() throws {
        let text = "\u{FEFF}en,ru\r\nOne,Один\nTwo,Два\rThree,\"Три,\r\nс переносом\"\r\n\"Four \"\"quoted\"\"\",Четыре"
        let (units, _) = try read(text)
        #expect(units.map { $0.text(in: en) ?? "" } == ["One", "Two", "Three", "Four \"quoted\""])
        #expect(units[2].text(in: ru) == "Три,\r\nс переносом")
    }

    @Test func errorLinesCountLineBreaksInsideQuotes() throws {
        do {
            _ = try read("en,ru\n\"multi\nline\",ok\nbad \"quote\",x\n")
            Issue.record("expected an error")
        } catch let error as TMFormatError {
            #expect(error == .quoteInUnquotedField(file: "t.csv", line: 4, column: 5))
        }
    }

    @Test func emptyCellsMeanMissingLanguagesAndTrailingBlankLinesAreIgnored() throws {
        let (units, _) = try read("en,ru,ko\nOnly English and Korean,,영어와 한국어\n\n\n")
        #expect(units.count == 1)
        #expect(units[0].languages == [en, ko])
    }

    @Test func blankLineInsideTheFileIsAShortRow() throws {
        #expect(throws: TMFormatError.fieldCount(file: "t.csv", line: 3, expected: 2, found: 1)) {
            try read("en,ru\nA,Б\n\nC,В\n")
        }
    }

    @Test(arguments: [CSVWriter.Delimiter.comma, .tab])
    func readsAFileInChunksAcrossRowBoundaries(_ delimiter: CSVWriter.Delimiter) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-csv-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try TextOutput.file(atPath: path)
        let writer = CSVWriter(output: output, languages: [en, ru, ko],
                               options: .init(delimiter: delimiter, extraColumns: [.score], byteOrderMark: true, duplicates: .keepAll))
        let units = (0..<4_000).map { index in
            unit([(en, "Row \(index), with \"quotes\" and a comma."), (ru, "Строка \(index)."), (ko, "행 \(index).")], score: Double(index % 7) / 7)
        }
        for unit in units { writer.write(unit) }
        writer.finish()
        try output.close()
        var read: [TranslationUnit] = []
        _ = try CSVReader(input: .file(path), options: .init(delimiter: delimiter)).read { read.append($0) }
        #expect(read.map(variantSet) == units.map(variantSet))
        #expect(read.map { $0.score.map(formatScore) } == units.map { $0.score.map(formatScore) })
    }

    @Test func tsvHasNoQuoting() throws {
        let (units, _) = try read("en\tru\n\"Quoted\" stays\t«Кавычки»\n", .init(delimiter: .tab))
        #expect(units.first?.text(in: en) == "\"Quoted\" stays")
    }

    @Test func spreadsheetGuardIsUndoneOnlyWhenAsked() throws {
        let text = "en,ru\n'=1+1,''=2\n"
        #expect(try read(text, .init(spreadsheetGuarded: true)).0.first?.variants.map(\.text) == ["=1+1", "'=2"])
        #expect(try read(text).0.first?.variants.map(\.text) == ["'=1+1", "''=2"])
    }
}

@Suite("Segment cleaning")
struct SegmentCleanerTests {
    /// Seeded random strings over the characters that matter: the fast path (`isCleanAndQuickNFC`) must
    /// never accept a text that the full cleaning would change.
    @Test func fastPathAgreesWithTheFullPass() {
        let alphabet: [String] = ["a", "Я", "김", " ", "  ", "\t", "\n", "\r\n", "\u{85}", "\u{A0}", "\u{2028}", "\u{7F}", "\u{1}",
                                  "\u{9F}", "\u{301}", "\u{1100}", "\u{FFBF}", "\u{2029}", "é", "😀"]
            + [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Character(Unicode.Scalar($0)!)) }
        var generator = SplitMix64(seed: 2011)
        for _ in 0..<5_000 {
            let text = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            var cleaner = SegmentCleaner()
            let cleaned = cleaner.clean(text)
            if SegmentCleaner.isFastPath(text) {
                #expect(cleaned == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            // Cleaning is idempotent: the writers' output reads back and writes again unchanged.
            var again = SegmentCleaner()
            #expect(again.clean(cleaned) == cleaned)
            #expect(again.illegalCharactersRemoved + again.whitespaceNormalized + again.nfcNormalized == 0)
            #expect(!cleaned.hasPrefix(" ") && !cleaned.hasSuffix(" ") && !cleaned.contains("  "))
        }
    }

    @Test func keepsNoBreakSpaceAndCountsChanges() {
        var cleaner = SegmentCleaner()
        #expect(cleaner.clean("100\u{A0}km\u{2028}further\u{0}") == "100\u{A0}km further")
        #expect(cleaner.illegalCharactersRemoved == 1)
        #expect(cleaner.whitespaceNormalized == 1)
    }
}

@Suite("De-duplication")
struct DeduplicatorTests {
    func kept(_ units: [TranslationUnit], _ grouping: Deduplicator.Grouping = .content) -> [TranslationUnit] {
        var deduplicator = Deduplicator(grouping: grouping)
        for unit in units { deduplicator.observe(unit) }
        return units.enumerated().filter { deduplicator.keeps($0.element, ordinal: $0.offset) }.map(\.element)
    }

    @Test func keepsTheBestScoredFirstOnTiesAndUnscoredLast() {
        let a = [(en, "Hello."), (ru, "Привет.")]
        let units = [unit(a), unit(a, score: 0.4, document: "x"), unit([(en, "Other."), (ru, "Другое.")], score: 0.1),
                     unit(a, score: 0.9, document: "y"), unit(a, score: 0.9, document: "z"), unit([(ru, "Привет."), (en, " Hello. ")])]
        let result = kept(units)
        #expect(result.map(\.document) == [nil, "y"])
        #expect(result.map(\.score) == [0.1, 0.9])
        // The same input in the same order gives the same choice.
        #expect(kept(units) == result)
    }

    @Test func groupingBySourceKeepsOneTranslationPerSentence() {
        let units = [unit([(en, "Yes."), (ru, "Да.")], score: 0.7), unit([(en, "Yes."), (ru, "Так точно.")], score: 0.8),
                     unit([(ru, "Нет."), (ko, "아니요.")])]
        #expect(kept(units, .source(en)).map { $0.text(in: ru) } == ["Так точно.", "Нет."])
    }
}

@Suite("Score formatting")
struct ScoreFormattingTests {
    /// The writers' byte-level score formatting must print exactly what CorpusModel's does.
    @Test func appendScoreMatchesFormatScore() {
        var generator = SplitMix64(seed: 42)
        let edges: [Double] = [0, 1, 0.5, 0.99995, 0.00005, 0.12345, -0.25, 12.3456789, 1e-9]
        let randoms = (0..<2_000).map { _ in Double(generator.next() % 2_000_001) / 1_000_000 - 0.5 }
        for value in edges + randoms {
            var pending = PendingBytes()
            pending.appendScore(value)
            #expect(String(decoding: pending.bytes, as: UTF8.self) == formatScore(value), "\(value)")
        }
    }
}

@Suite("Joining pairs into n-way units")
struct UnitJoinerTests {
    @Test func unitesOnThePivotWhenTheUnitsAgree() {
        var joiner = UnitJoiner(pivot: en)
        joiner.add(unit([(en, "Talks ended."), (ru, "Переговоры закончились.")], score: 0.9, bead: "1-1", document: "s"))
        joiner.add(unit([(en, "Talks  ended. "), (ko, "회담이 끝났다.")], score: 0.7, bead: "1-1"))
        joiner.add(unit([(ru, "Переговоры закончились."), (ko, "회담이 끝났다.")], score: 0.8))
        joiner.add(unit([(en, "Talks ended."), (ru, "Беседа завершилась.")], score: 0.6))  // disagrees on ru: kept apart
        #expect(joiner.units.map(variantSet) == [
            ["en=Talks ended.", "ko=회담이 끝났다.", "ru=Переговоры закончились."],
            ["ko=회담이 끝났다.", "ru=Переговоры закончились."],
            ["en=Talks ended.", "ru=Беседа завершилась."],
        ])
        #expect(joiner.units[0].score == 0.7)
        #expect(joiner.units[0].beadKind == "1-1+1-1")
        #expect(joiner.units[0].document == "s")
        #expect(joiner.joined == 1)
    }
}
