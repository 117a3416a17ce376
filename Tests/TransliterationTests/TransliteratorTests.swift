import Testing
import Transliteration

@Suite struct TransliteratorTests {
    @Test func longTextIsCutIntoPiecesWithTheSameResult() throws {
        let transliterator = try Transliterator(id: TransliteratorID.anyToASCII)
        let sentence = "Медведев встретился с Ким Чен Иром в Улан-Удэ. "
        let long = String(repeating: sentence, count: 100)
        let piecewise = try transliterator.transliterate(long)
        let expectedSentence = try transliterator.transliterate(sentence)
        #expect(piecewise == String(repeating: expectedSentence, count: 100))
    }

    @Test func cachedWordsMatchUncached() throws {
        let transliterator = try Transliterator(id: TransliteratorID.anyToASCIILower)
        for word in ["Медведеву", "김정일", "Medvedev", "Медведеву"] {
            #expect(try transliterator.transliterateWord(Substring(word)) == (try transliterator.transliterate(word)))
        }
        #expect(try transliterator.transliterateWord("Медведеву") == "medvedevu")
    }

    @Test func invalidIDThrows() {
        #expect(throws: (any Error).self) { try Transliterator(id: "No-Such-Transform") }
    }
}
