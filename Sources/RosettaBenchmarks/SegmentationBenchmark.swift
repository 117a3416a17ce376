import CorpusModel
import Segmentation

/// Sentence segmentation speed: Rosetta's segmenter against ICU's bare iterator on the same text.
let segmentationBenchmark = Benchmark(name: "segment", summary: "sentence segmentation MB/s vs ICU's bare iterator") {
    let samples: [(LanguageTag, String)] = [
        (.english, "The talks lasted three hours. Mr. Kim arrived by train on Aug. 20, officials said. "),
        (.russian, "Переговоры продолжались три часа. Ким Чен Ир прибыл на поезде 20 августа. "),
        (.korean, "회담은 세 시간 동안 진행됐다. 김 위원장은 20일 열차로 도착했다. "),
    ]
    print("lang  MB      rosetta MB/s  icu MB/s  ratio")
    for (language, sentence) in samples {
        let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let rosetta = try SentenceSegmenter(language: language)
        let icu = try ICUSentenceSegmenter(language: language)
        let ours = try bestTime { _ = try rosetta.boundaries(in: text) }
        let base = try bestTime { _ = try icu.boundaries(in: text) }
        let bytes = text.utf8.count
        print("\(language)    \(fixed(Double(bytes) / 1e6))    \(fixed(megabytesPerSecond(bytes: bytes, seconds: ours)))         \(fixed(megabytesPerSecond(bytes: bytes, seconds: base)))     \(fixed(base / ours))")
    }
}
