import CorpusModel
import Testing
@testable import TMFormats

/// Per-language document metadata: `<prop type="x-document">` inside each `<tuv>`.
@Suite struct VariantDocumentTests {
    @Test func variantDocumentsSurviveARoundTrip() throws {
        let original = TranslationUnit(
            variants: [.init(language: en, text: "Talks began.", document: "Corpora/s/en.txt"),
                       .init(language: ru, text: "Переговоры начались.", document: "Corpora/s/ru & co.txt"),
                       .init(language: ko, text: "회담이 시작됐다.")],
            score: 0.9, beadKind: "1-1-1", document: "s")
        let output = TextOutput.inMemory()
        let writer = TMXWriter(output: output, header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "test"))
        writer.write(original)
        writer.finish()
        #expect(output.text.contains("<tuv xml:lang=\"ru\"><prop type=\"x-document\">Corpora/s/ru &amp; co.txt</prop><seg>"))
        #expect(output.text.contains("<tuv xml:lang=\"ko\"><seg>"))

        var read: [TranslationUnit] = []
        _ = try TMXReader(input: .bytes(output.memory, name: "m.tmx")).read { read.append($0) }
        #expect(withoutWriterAttributes(read) == [original])
    }
}
