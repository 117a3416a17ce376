import CorpusModel
import Foundation
import Testing
@testable import TMFormats

/// Every file in Fixtures/bad/ must fail with its own error case, at the right line.
@Suite("Malformed inputs")
struct MalformedInputTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        let file: String
        let errorCase: String
        let line: Int?
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        .init(file: "not-well-formed.tmx", errorCase: "malformedXML", line: 5),
        .init(file: "not-tmx.tmx", errorCase: "notTMX", line: 2),
        .init(file: "unsupported-version.tmx", errorCase: "unsupportedVersion", line: 2),
        .init(file: "external-entity.tmx", errorCase: "entityDeclaration", line: 3),
        .init(file: "missing-language.tmx", errorCase: "missingLanguage", line: 7),
        .init(file: "bad-language.tmx", errorCase: "badLanguage", line: 7),
        .init(file: "repeated-language.tmx", errorCase: "repeatedLanguage", line: 7),
        .init(file: "missing-segment.tmx", errorCase: "missingSegment", line: 7),
        .init(file: "bad-score.tmx", errorCase: "badScore", line: 6),
        .init(file: "truncated.tmx", errorCase: "truncated", line: nil),
        .init(file: "unexpected-element.tmx", errorCase: "unexpectedElement", line: 5),
        .init(file: "invalid-utf8.csv", errorCase: "invalidUTF8", line: 2),
        .init(file: "empty.csv", errorCase: "emptyFile", line: nil),
        .init(file: "bad-header.csv", errorCase: "badHeader", line: 1),
        .init(file: "one-language.csv", errorCase: "tooFewLanguages", line: 1),
        .init(file: "repeated-language.csv", errorCase: "repeatedLanguage", line: 1),
        .init(file: "quote-in-unquoted.csv", errorCase: "quoteInUnquotedField", line: 2),
        .init(file: "text-after-quote.csv", errorCase: "textAfterClosingQuote", line: 2),
        .init(file: "unterminated-quote.csv", errorCase: "unterminatedQuote", line: 3),
        .init(file: "field-count.csv", errorCase: "fieldCount", line: 3),
        .init(file: "bad-score.csv", errorCase: "badScore", line: 2),
        .init(file: "field-count.tsv", errorCase: "fieldCount", line: 2),
    ]

    @Test func everyFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: testsFolder + "/Fixtures/bad").sorted()
        #expect(files == Self.expectations.map(\.file).sorted())
    }

    @Test(arguments: expectations)
    func failsWithItsOwnError(_ expectation: Expectation) throws {
        let path = testsFolder + "/Fixtures/bad/" + expectation.file
        let format = try #require(TMFormat(path: path))
        do {
            let report = try format.reader(.file(path)).read { _ in }
            Issue.record("\(expectation.file) was read without error: \(report)")
        } catch let error as TMFormatError {
            let name = Mirror(reflecting: error).children.first?.label
            #expect(name == expectation.errorCase, "\(error)")
            if let line = expectation.line { #expect(error.line == line, "\(error)") }
            #expect(error.description.hasPrefix(path), "errors name the file first")
        }
    }

    @Test func lenientReadingSkipsBadUnitsAndCountsThem() throws {
        let bytes = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="en"><seg>Good one.</seg></tuv><tuv xml:lang="ru"><seg>Хороший.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>No language next.</seg></tuv><tuv><seg>Без языка.</seg></tuv></tu>
            <tu><prop type="x-score">high</prop><tuv xml:lang="en"><seg>Bad score.</seg></tuv><tuv xml:lang="ru"><seg>Плохая оценка.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Good two.</seg></tuv><tuv xml:lang="ru"><seg>Хороший два.</seg></tuv></tu>
            </body></tmx>
            """.utf8)
        var texts: [String] = []
        let report = try TMXReader(input: .bytes(bytes, name: "mixed.tmx"), lenient: true).read { texts.append($0.text(in: en) ?? "") }
        #expect(texts == ["Good one.", "Good two."])
        #expect(report.unitsSkipped == 2)
        #expect(report.problems.map(\.line) == [5, 6])
        #expect(throws: TMFormatError.self) { try TMXReader(input: .bytes(bytes, name: "mixed.tmx")).read { _ in } }
    }

    @Test func lenientCSVSkipsShortRowsAndBadScores() throws {
        let bytes = Array("en,ru,x-score\r\nA,Б,0.5\r\nshort,row\r\nC,В,many\r\nD,Г,\r\n".utf8)
        var texts: [String] = []
        let reader = CSVReader(input: .bytes(bytes, name: "mixed.csv"), options: .init(lenient: true))
        let report = try reader.read { texts.append($0.text(in: en) ?? "") }
        #expect(texts == ["A", "D"])
        #expect(report.unitsSkipped == 2)
    }
}

extension TMFormatError {
    /// The line an error names, if any.
    var line: Int? {
        for child in Mirror(reflecting: self).children {
            for field in Mirror(reflecting: child.value).children where field.label == "line" { return field.value as? Int }
        }
        return nil
    }
}
