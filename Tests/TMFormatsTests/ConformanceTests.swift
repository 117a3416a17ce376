import CorpusModel
import Testing
@testable import TMFormats

/// One suite that every format passes (translate-toolkit's TestTranslationStore idea): what is
/// written is read back as written, after the documented cleaning, and writing what was read
/// gives the same bytes.
@Suite("Format conformance")
struct ConformanceTests {
    let languages = [en, ru, ko]

    /// Writes `input`, reads it back, and checks each read unit's texts against `expected`.
    func roundTrip(_ format: FormatUnderTest, _ input: [TranslationUnit], expected: [[(LanguageTag, String)]],
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> (ExportReport, [TranslationUnit]) {
        let (bytes, report) = format.write(input, languages)
        let (units, _) = try format.read(bytes)
        #expect(units.map(variantSet) == expected.map { unit($0) }.map(variantSet), sourceLocation: sourceLocation)
        // write → read → write is byte-identical.
        let (again, _) = format.write(units, languages)
        #expect(again == bytes, "second write differs", sourceLocation: sourceLocation)
        return (report, units)
    }

    @Test(arguments: FormatUnderTest.all)
    func evidenceAndNWaySurvive(_ format: FormatUnderTest) throws {
        let input = [
            unit([(en, "The talks lasted three hours."), (ru, "Переговоры длились три часа."), (ko, "회담은 세 시간 동안 이어졌다.")],
                 score: 0.9731, bead: "1-1-1", document: "summit story"),
            unit([(en, "Both sides called them useful."), (ru, "Обе стороны назвали их полезными."), (ko, "양측은 유익했다고 밝혔다.")],
                 score: 0.5, bead: "1-1-1", document: "summit story"),
        ]
        let (report, units) = try roundTrip(format, input, expected: input.map { $0.variants.map { ($0.language, $0.text) } })
        #expect(report.unitsWritten == 2)
        #expect(units.map(\.score) == [0.9731, 0.5])
        #expect(units.map(\.beadKind) == ["1-1-1", "1-1-1"])
        #expect(units.map(\.document) == ["summit story", "summit story"])
    }

    @Test(arguments: FormatUnderTest.all)
    func nonASCIIInEveryScriptIsNFC(_ format: FormatUnderTest) throws {
        // Decomposed input (e + combining acute, и + combining breve, conjoining jamo) comes out composed.
        let input = [unit([(en, "Café, naïve, Łódź, Straße."), (ru, "Йошкар-Ола и Ёлки."), (ko, "김정일 위원장.")]),
                     unit([(en, "Cafe\u{301} again."), (ru, "И\u{306}ошкар-Ола снова."), (ko, "\u{1100}\u{1175}\u{11B7} again.")])]
        let (report, _) = try roundTrip(format, input, expected: [
            [(en, "Café, naïve, Łódź, Straße."), (ru, "Йошкар-Ола и Ёлки."), (ko, "김정일 위원장.")],
            [(en, "Café again."), (ru, "Йошкар-Ола снова."), (ko, "김 again.")],
        ])
        #expect(report.nfcNormalized == 3)
    }

    @Test(arguments: FormatUnderTest.all)
    func emptyAndWhitespaceOnlySegmentsAreSkippedAndCounted(_ format: FormatUnderTest) throws {
        let input = [unit([(en, ""), (ru, "Текст."), (ko, "글.")]),
                     unit([(en, " \t\r\n "), (ru, "Текст два."), (ko, "글 둘.")]),
                     unit([(en, "Kept."), (ru, "Оставлено."), (ko, "남았다.")])]
        let kept: [(LanguageTag, String)] = [(en, "Kept."), (ru, "Оставлено."), (ko, "남았다.")]
        if format.name == "tmx" {
            // TMX keeps what two or more languages share: the first two units become 2-way.
            let (report, _) = try roundTrip(format, input, expected: [[(ru, "Текст."), (ko, "글.")], [(ru, "Текст два."), (ko, "글 둘.")], kept])
            #expect(report.unitsWritten == 3)
        } else {
            // A CSV row needs every language column.
            let (report, _) = try roundTrip(format, input, expected: [kept])
            #expect(report.oneSidedUnitsSkipped == 2)
        }
    }

    @Test(arguments: FormatUnderTest.all)
    func veryLongSegments(_ format: FormatUnderTest) throws {
        let long = String(repeating: "Длинное предложение, с запятой и \"кавычками\". ", count: 4_000)
            .trimmingTrailingSpace()
        let input = [unit([(en, String(repeating: "word ", count: 50_000) + "end"), (ru, long), (ko, String(repeating: "말", count: 100_000))])]
        _ = try roundTrip(format, input, expected: [input[0].variants.map { ($0.language, $0.text) }])
    }

    @Test(arguments: FormatUnderTest.all)
    func controlCharactersAreRemovedAndCounted(_ format: FormatUnderTest) throws {
        let input = [unit([(en, "bell\u{7}here, delete\u{7F}there"), (ru, "C1\u{0093}символ\u{FFFE}"), (ko, "널\u{0}문자")])]
        let (report, _) = try roundTrip(format, input, expected: [[(en, "bellhere, deletethere"), (ru, "C1символ"), (ko, "널문자")]])
        #expect(report.illegalCharactersRemoved == 5)
    }

    @Test(arguments: FormatUnderTest.all)
    func mixedLineEndingsAndTabsBecomeSpaces(_ format: FormatUnderTest) throws {
        let input = [unit([(en, "one\r\ntwo\rthree\nfour\tfive\u{2028}six"), (ru, "  раз  два  "), (ko, "하나\u{85}둘")])]
        let (report, _) = try roundTrip(format, input, expected: [[(en, "one two three four five six"), (ru, "раз два"), (ko, "하나 둘")]])
        #expect(report.whitespaceNormalized == 3)
    }

    @Test(arguments: FormatUnderTest.all)
    func markupQuotesAndFormulaTriggersAreText(_ format: FormatUnderTest) throws {
        let input = [unit([(en, "<b>Bold</b> & \"quoted\", with a comma; 'single'"), (ru, "=SUM(A1:A2)"), (ko, "-5도, @기자, +1")]),
                     unit([(en, "'=already guarded"), (ru, "]]> and &amp; literally"), (ko, "탭\t없음")])]
        let (bytes, _) = format.write(input, languages)
        let text = String(decoding: bytes, as: UTF8.self)
        if format.name == "tmx" { #expect(!text.contains("<b>") && text.contains("&lt;b&gt;"), "markup must be escaped, never emitted raw") }
        _ = try roundTrip(format, input, expected: [
            [(en, "<b>Bold</b> & \"quoted\", with a comma; 'single'"), (ru, "=SUM(A1:A2)"), (ko, "-5도, @기자, +1")],
            [(en, "'=already guarded"), (ru, "]]> and &amp; literally"), (ko, "탭 없음")],
        ])
        if format.name == "csv-spreadsheet" {
            #expect(text.hasPrefix("\u{FEFF}"))
            #expect(text.contains("'=SUM(A1:A2)") && text.contains("''=already guarded"))
        } else {
            #expect(!text.contains("'=SUM"))
        }
    }

    @Test(arguments: FormatUnderTest.all)
    func exactRepeatsAreWrittenOnce(_ format: FormatUnderTest) throws {
        let one = unit([(en, "Same."), (ru, "То же."), (ko, "같다.")], score: 0.8)
        let (report, _) = try roundTrip(format, [one, one, one], expected: [[(en, "Same."), (ru, "То же."), (ko, "같다.")]])
        #expect(report.duplicatesSkipped == 2)
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
