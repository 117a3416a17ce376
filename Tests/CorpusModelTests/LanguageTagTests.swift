import CorpusModel
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("en", "en"), ("RU", "ru"), ("ko", "ko"), ("pt_br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"), ("sr-Latn", "sr-Latn"),
    ])
    func canonicalCase(input: String, expected: String) throws {
        #expect(try LanguageTag(input).identifier == expected)
    }

    @Test(arguments: ["", "e", "english1", "en--us", "en-", "ру", "en us", "toolonglanguage"])
    func rejectsMalformedTags(input: String) {
        #expect(throws: LanguageTagError.malformed(input)) { try LanguageTag(input) }
    }

    @Test func primaryLanguage() throws {
        #expect(try LanguageTag("pt-BR").language == "pt")
    }
}
