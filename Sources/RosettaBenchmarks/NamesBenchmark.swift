import CorpusStore
import CorpusModel
import Names
import Segmentation
import Transliteration

/// Keying running news text: Rosetta's mentions + keys (cached) against ICU's "Any-Latin" applied
/// sentence by sentence to the same text, in the same run. The text is the Kim–Medvedev story
/// (Corpora/) repeated to about 1 MB when it is there, else a built-in paragraph.
let namesBenchmark = Benchmark(name: "names", summary: "name keying of news prose MB/s vs ICU Any-Latin by sentence") {
    let fallback: [LanguageTag: String] = [
        .english: "North Korean leader Kim Jong Il told Russian President Dmitry Medvedev in Ulan-Ude that Pyongyang was ready to return to talks. ",
        .russian: "Руководитель КНДР Ким Чен Ир на переговорах с президентом России Дмитрием Медведевым заявил о готовности Пхеньяна вернуться к переговорам. ",
        .korean: "북한 김정일 국방위원장은 드미트리 메드베데프 러시아 대통령과 만나 6자회담에 복귀할 준비가 돼 있다고 밝혔다. ",
    ]
    print("lang  MB      rosetta MB/s  icu MB/s  ratio  mentions")
    for language in [LanguageTag.english, .russian, .korean] {
        let story = readStory(language) ?? fallback[language]!
        let text = String(repeating: story + "\n\n", count: max(1, 1_000_000 / story.utf8.count))
        let sentences = try SentenceSegmenter(language: language).sentences(in: text).map { text[$0] }
        let keyer = try NameKeyer()
        let icu = try Transliterator(id: "Any-Latin")
        var found = 0
        let ours = try bestTime(runs: 3) {
            found = 0
            for sentence in sentences { found += try keyer.mentions(in: sentence, language: language).count }
        }
        let base = try bestTime(runs: 3) { for sentence in sentences { _ = try icu.transliterate(sentence) } }
        let bytes = text.utf8.count
        print("\(language)    \(fixed(Double(bytes) / 1e6))    \(fixed(megabytesPerSecond(bytes: bytes, seconds: ours)))         \(fixed(megabytesPerSecond(bytes: bytes, seconds: base)))     \(fixed(base / ours))   \(found)")
    }
}

/// The sample story's text in `language`, from the repository's Corpora/ when run from its root.
private func readStory(_ language: LanguageTag) -> String? {
    try? TextFile.read("Corpora/kim-medvedev-2011/\(language.identifier).txt")
}

