import CorpusModel
import Segmentation
import Testing
import RosettaTestSupport

/// Properties every segmentation must have, on random and hostile input (ICU4X's invariants):
/// boundaries run strictly increasing from the start to the end, and the segments join back into
/// exactly the input.
@Suite struct SegmentationPropertyTests {
    static let languages: [LanguageTag] = [.english, .russian, .korean]

    static func checkPartition(_ segmenter: some SentenceSegmenting, _ text: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let cuts = try segmenter.boundaries(in: text)
        #expect(cuts.first == text.startIndex, sourceLocation: sourceLocation)
        #expect(cuts.last == text.endIndex, sourceLocation: sourceLocation)
        #expect(zip(cuts, cuts.dropFirst()).allSatisfy { $0 < $1 }, "boundaries must increase strictly",
                sourceLocation: sourceLocation)
        let joined = try segmenter.segments(in: text).map { text[$0] }.joined()
        #expect(joined == text, sourceLocation: sourceLocation)
        #expect(Array(joined.utf8) == Array(text.utf8), sourceLocation: sourceLocation)
        // Sentences are the segments without surrounding white space (Character-wise), empty ones dropped.
        let sentences = try segmenter.sentences(in: text).map { text[$0] }
        let expected = try segmenter.segments(in: text).map { text[$0].trimmingWhitespace() }.filter { !$0.isEmpty }
        #expect(sentences == expected, sourceLocation: sourceLocation)
    }

    @Test(arguments: languages)
    func randomTextIsPartitioned(_ language: LanguageTag) throws {
        let segmenter = try SentenceSegmenter(language: language)
        var random = SplitMix64(seed: 0xC0FFEE ^ language.identifier.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        for round in 0..<400 {
            let text = RandomText.make(&random, pieces: 1 + round % 120)
            try Self.checkPartition(segmenter, text)
        }
    }

    @Test(arguments: languages)
    func icuBaselineIsPartitionedToo(_ language: LanguageTag) throws {
        let segmenter = try ICUSentenceSegmenter(language: language)
        var random = SplitMix64(seed: 42)
        for _ in 0..<100 { try Self.checkPartition(segmenter, RandomText.make(&random, pieces: 60)) }
    }

    @Test(arguments: languages)
    func hostileInputDoesNotCrash(_ language: LanguageTag) throws {
        let segmenter = try SentenceSegmenter(language: language)
        let samples = [
            "", " ", "\n", "\n\n\n", " \t \r\n \u{3000} ", "\u{301}", "\u{301}\u{301}\u{301}. \u{301}",
            ".", "...", "……", "!?!?", "\"", "«»", "((((", "))))", "1.", "a)", "•", "Mr.", "г.", "U.S.",
            "SEOUL,", "МОСКВА, 24 августа.", "(서울=연합뉴스)", "했다", "했다 ", " 했다 그러나",
            "\u{1}\u{2}\u{3}\u{7F}\u{FFFD}\u{E000}", "😀.😀. 😀", "\u{D7A3}. \u{D7A3}",
            String(repeating: "\u{301}", count: 5000),
            String(repeating: ". ", count: 3000), String(repeating: "1. ", count: 2000),
            String(repeating: "\n", count: 3000) + "x", String(repeating: "А. ", count: 2000),
            String(repeating: "“", count: 2000) + "다 " + String(repeating: "”", count: 2000),
        ]
        for text in samples { try Self.checkPartition(segmenter, text) }
    }

    /// A 10 MB line without a single sentence mark: one sentence, and no crash.
    @Test(arguments: languages)
    func hugeLineWithoutPunctuation(_ language: LanguageTag) throws {
        let word = language == .korean ? "회담 " : language == .russian ? "переговоры " : "talks "
        let text = String(repeating: word, count: 10_000_000 / word.utf8.count)
        let segmenter = try SentenceSegmenter(language: language)
        let cuts = try segmenter.boundaries(in: text)
        #expect(cuts == [text.startIndex, text.endIndex])
    }

    /// Inputs that would make a careless rule quadratic: long tokens, long space runs, many
    /// quotations in one paragraph. (Not a timing test: a quadratic rule would hang here.)
    @Test(arguments: languages)
    func pathologicalParagraphs(_ language: LanguageTag) throws {
        let segmenter = try SentenceSegmenter(language: language)
        let samples = [
            String(repeating: "ab!Cd", count: 20_000),
            String(repeating: "ab.Cd", count: 20_000),
            String(repeating: " ", count: 60_000) + String(repeating: "Mr. ", count: 5_000) + "end.",
            String(repeating: "“가다 나다”고 했다 ", count: 5_000),
            "1) " + String(repeating: "x ", count: 40_000),
            String(repeating: "в 2009 г. ", count: 6_000),
            String(repeating: "7", count: 60_000) + ". Next",
        ]
        for text in samples { try Self.checkPartition(segmenter, text) }
    }

    /// Junk made of arbitrary scalars (no NUL): every boundary valid, the text kept whole.
    @Test func binaryLikeJunk() throws {
        var random = SplitMix64(seed: 7)
        for language in Self.languages {
            let segmenter = try SentenceSegmenter(language: language)
            for _ in 0..<50 {
                var scalars = String.UnicodeScalarView()
                for _ in 0..<(random.below(400) + 1) {
                    let value = UInt32(random.below(0x11_0000))
                    if value != 0, let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                    if random.below(8) == 0 { scalars.append(random.pick([".", " ", "\n", "다", "?"].map { $0.unicodeScalars.first! })) }
                }
                try Self.checkPartition(segmenter, String(scalars))
            }
        }
    }

    /// Segmenting paragraph by paragraph gives the same sentences as segmenting the whole text.
    @Test(arguments: languages)
    func paragraphsAreIndependent(_ language: LanguageTag) throws {
        let segmenter = try SentenceSegmenter(language: language)
        var random = SplitMix64(seed: 99)
        for _ in 0..<50 {
            let paragraphs = (0..<(1 + random.below(5))).map { _ in RandomText.make(&random, pieces: 40, stable: true) }
            let text = paragraphs.joined(separator: "\n\n")
            let whole = try segmenter.sentences(in: text).map { String(text[$0]) }
            var pieces: [String] = []
            for paragraph in paragraphs { pieces += try segmenter.sentences(in: paragraph).map { String(paragraph[$0]) } }
            #expect(whole == pieces)
        }
    }
}
