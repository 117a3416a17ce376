import CorpusModel
import RosettaTestSupport
import Testing
@testable import Alignment
import TextBytes

/// The byte-level word scan and the anchor kinds that read it, against plain scalar-by-scalar
/// readings of the same definitions (what the code did before it read bytes).
@Suite struct WordSpanTests {
    /// A word scalar as Unicode's properties say: alphabetic, numeric or a nonspacing mark.
    static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    /// `words(of:)` by String's scalar view.
    static func referenceWords(_ sentence: Substring) -> [Substring] {
        var result: [Substring] = []
        let scalars = sentence.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordByProperties(scalars[index]) { if start == nil { start = index } } else if let s = start {
                result.append(sentence[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(sentence[s..<scalars.endIndex]) }
        return result
    }

    static let tricky = [
        "Медведев встретился с Ким Чен Иром 24 августа.", "메드베데프 대통령은 8월 24일 김정일 위원장과 만났다",
        "naïve cafe\u{301} Ærøskøbing ½ ² µ ª º", "O'Neill's co-operation — «цитата» „quote“ ‘x’",
        "emoji 👍🏽 and 👨‍👩‍👧 flags 🇰🇷🇷🇺 ZWJ\u{200D}join", "CR\r\nLF\ttab\u{00A0}nbsp\u{202F}narrow",
        "Hanja 金正日 and 々〆〇 and ｆｕｌｌ１２３", "Ελληνικά ΑΒΓ and Ѣѣ Ґґ Її", "1,000,000 and 3 000 and 3.5%",
        "जनसत्ता हिन्दी", "", " ", "..."
    ]

    @Test func theTableAgreesWithThePropertiesForEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WordSpan.isWordScalar(value) != Self.isWordByProperties(scalar) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test(arguments: tricky)
    func trickyTextSplitsAsByScalars(_ text: String) {
        let sentence = text[...]
        #expect(words(of: sentence) == Self.referenceWords(sentence))
        #expect(words(of: sentence).map(\.startIndex) == Self.referenceWords(sentence).map(\.startIndex))
    }

    /// Random text from a pool of scalars of every kind the scan tells apart.
    @Test func randomTextSplitsAsByScalars() {
        var random = SplitMix64(seed: 42)
        let pool: [Unicode.Scalar] = Array("aZ09 .,'-—«»“”’\u{A0}\u{301}\u{200D}\u{200B}ÿĀɏɐжЖёѢ김한ㄱ金々½²µ👍🏽🇰é\r\n\t!?\"".unicodeScalars)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<random.below(24) { text.append(random.pick(pool)) }
            let string = String(text)
            // Also a slice that does not start at the string's start.
            for sentence in [string[...], string.dropFirst(min(2, string.count))] {
                #expect(words(of: sentence) == Self.referenceWords(sentence), "\(Array(sentence.unicodeScalars))")
                #expect(DictionaryLearning.stems(sentence) == Self.referenceStems(sentence))
                #expect(PunctuationAnchors().anchors(in: sentence, language: .english) == Self.referencePunctuation(sentence))
            }
        }
    }

    /// `DictionaryLearning.stems` by scalars.
    static func referenceStems(_ sentence: Substring) -> [UInt64] {
        var result: [UInt64] = []
        for word in referenceWords(sentence) {
            guard let first = word.unicodeScalars.first, first.isLetter else { continue }
            let hangul = first.isHangulSyllable
            var h = AnchorKey.offset
            for scalar in word.unicodeScalars.prefix(hangul ? 2 : 5) { h = AnchorKey.add(h, scalar.lowercased) }
            guard word.unicodeScalars.count >= (hangul ? 2 : 4), !result.contains(h) else { continue }
            result.append(h)
        }
        return result
    }

    /// `PunctuationAnchors` by scalars.
    static func referencePunctuation(_ sentence: Substring) -> [Anchor] {
        let scalars = sentence.unicodeScalars.map(\.value)
        let kinds: [(Set<UInt32>, String)] = [([0x3F, 0xFF1F], "?"), ([0x21, 0xFF01], "!"),
            ([0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x201E, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F], "\"")]
        return kinds.filter { set, _ in scalars.contains(where: set.contains) }.map { Anchor(kind: .punctuation, key: $0.1) }
    }

    @Test(arguments: tricky)
    func trickyTextGivesTheReferenceStemsAndPunctuation(_ text: String) {
        #expect(DictionaryLearning.stems(text[...]) == Self.referenceStems(text[...]))
        #expect(PunctuationAnchors().anchors(in: text[...], language: .english) == Self.referencePunctuation(text[...]))
    }

    @Test func monthNamesAreFoundByTheirBytes() {
        func months(_ text: String, _ language: LanguageTag = .english) -> [UInt64] {
            NumberAnchors().anchors(in: text[...], language: language).filter { $0.kind == .month }.flatMap(\.keys)
        }
        let key = { (month: Int) in AnchorKey.hash(String(month)) }
        #expect(months("in March and May, Sept and Dec") == [key(3), key(5), key(9), key(12)])
        #expect(months("march may MAY Marcher Mayday") == [])
        #expect(months("в марте, 1 мая, январе и Декабря", .russian) == [key(3), key(5), key(1), key(12)])
        #expect(months("Августовский Мартин Ким Ир Сен", .russian) == [])
        // Month words are the language's own (its profile's).
        #expect(months("в марте", .english) == [])
    }
}
