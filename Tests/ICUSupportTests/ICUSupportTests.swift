import ICUSupport
import Testing

@Suite struct BreakIteratorTests {
    @Test func sentenceBoundariesRunFromZeroToTheEnd() throws {
        let text = Array("Mr. Kim arrived. He left.".utf16)
        let iterator = try BreakIterator(.sentence, locale: "en@ss=standard")
        let offsets = try text.withUnsafeBufferPointer { try iterator.boundaries(in: $0) }
        #expect(offsets == [0, 17, text.count])
    }

    @Test func iteratorIsReusableAcrossTexts() throws {
        let iterator = try BreakIterator(.word, locale: "ko")
        for sample in ["김정일 위원장", "Medvedev met Kim", ""] {
            let units = Array(sample.utf16)
            let offsets = try units.withUnsafeBufferPointer { try iterator.boundaries(in: $0) }
            #expect(offsets.first == 0)
            #expect(offsets.last == units.count)
        }
    }

    @Test func knowsLanguages() {
        #expect(ICU.knowsLanguage("ko"))
        #expect(!ICU.knowsLanguage("qq"))
        #expect(ICU.version.hasPrefix("7"))
    }
}

@Suite struct TransformTests {
    /// Pinned ICU 72 behaviour that the name keys build on (see DESIGN.md).
    @Test(arguments: [
        ("Any-Latin; Latin-ASCII", "Ким Чен Ир", "Kim Cen Ir"),
        ("Any-Latin; Latin-ASCII", "김정일", "gimjeong-il"),
        ("NFD; Korean-Latin/BGN; NFC", "김정은", "kimjŏngŭn"),
        ("Any-Latin", "Медведеву", "Medvedevu"),
    ])
    func pinnedTransforms(id: String, input: String, expected: String) throws {
        #expect(try Transform(id: id).apply(input) == expected)
    }

    @Test func invalidIDIsAClearError() {
        #expect(throws: TransformError.self) { try Transform(id: "Klingon-Latin") }
        do { _ = try Transform(id: "Any-Latin; Nonsense-X") } catch {
            #expect("\(error)".contains("Any-Latin; Nonsense-X"))
        }
    }

    @Test func growingOutputIsRetried() throws {
        // Hangul to Latin more than doubles the UTF-16 length for long text.
        let text = String(repeating: "김정일 ", count: 500)
        let latin = try Transform(id: "Any-Latin").apply(text)
        #expect(latin.utf16.count > text.utf16.count * 2)
        #expect(!latin.contains("김"))
    }

    @Test func listsInstalledTransforms() {
        let ids = Transform.availableIDs
        #expect(ids.contains("Any-Latin"))
        #expect(ids == ids.sorted())
    }
}

@Suite struct NormalizerTests {
    @Test func composesDecomposedHangulAndLatin() {
        let decomposed = "\u{1100}\u{1175}\u{11B7} e\u{301}"
        #expect(Normalizer.nfc(decomposed) == "김 é")
        #expect(Normalizer.nfc(decomposed).unicodeScalars.count == 3)
    }

    @Test func asciiAndNFCTextPassThrough() {
        #expect(Normalizer.nfc("plain") == "plain")
        #expect(Normalizer.nfc("Ким") == "Ким")
    }
}
