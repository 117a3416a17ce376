import Alignment
import CorpusModel
import Names
import Segmentation
import Testing

/// The library example of README.md, kept compiling and true here.
@Suite struct ReadmeExampleTests {
    @Test func libraryExample() throws {
        let enText = "Kim Jong Il met Dmitry Medvedev on Wednesday. The talks lasted three hours. No date was set."
        let ruText = "Ким Чен Ир встретился с Дмитрием Медведевым в среду. Переговоры длились три часа. Дата не названа."
        // From README.md:
        let english = try SentenceSegmenter(language: .english).document(enText)
        let russian = try SentenceSegmenter(language: .russian).document(ruText)
        let beads = EvidenceAligner(sourceLanguage: .english, targetLanguage: .russian).align(english, russian)
        var pairs: [String] = []
        for bead in beads where (bead.score ?? 0) > 0.9 {
            pairs.append("\(bead.source.map { english.sentence($0) })\(bead.target.map { russian.sentence($0) })")
        }
        let keyer = try NameKeyer()
        #expect(try keyer.key(for: "Ким Чен Ира", language: .russian) == keyer.key(for: "김정일은", language: .korean))
        // What the example shows:
        #expect(beads.map { "\($0.source)\($0.target)" } == ["[0][0]", "[1][1]", "[2][2]"])
        #expect(pairs.count >= 2)
    }
}
