import Testing
@testable import Names
import CorpusModel

/// Rules that find more of a name's mentions across the three languages (issue 5's name anchors):
/// English spelling against transcriptions, Korean loanword spelling, sentence openers, foreign
/// names in Hangul.
@Suite struct NameRecallTests {
    /// English's silent final e: the vowel before it is a diphthong in Russian and Korean.
    @Test(arguments: [
        ("Blake", "Блейк", "블레이크"), ("Jones", "Джонс", "존스"), ("Jake", "Джейк", "제이크"), ("Stone", "Стоун", "스톤"),
    ])
    func silentFinalEMeetsTranscriptions(english: String, russian: String, korean: String) throws {
        let keyer = try NameKeyer(usesGazetteer: false)
        let key = try keyer.key(for: english, language: .english)
        #expect(try keyer.key(for: korean, language: .korean) == key)
        if english != "Stone" { #expect(try keyer.key(for: russian, language: .russian) == key) }
    }

    /// English spellings that other scripts write as sounded: igh (ai), Greek chr (kr); Russian нг
    /// before a consonant is English ng and Korean ㅇ; Russian у before a vowel is English w.
    @Test(arguments: [("Brighton", "Брайтон", "브라이튼"), ("Chris", "Крис", "크리스"), ("Livingston", "Ливингстон", "리빙스턴"),
                      ("West", "Уэст", "웨스트")])
    func spellingsMeetSounds(english: String, russian: String, korean: String) throws {
        let keyer = try NameKeyer(usesGazetteer: false)
        let key = try keyer.key(for: english, language: .english)
        #expect(try keyer.key(for: russian, language: .russian) == key)
        #expect(try keyer.key(for: korean, language: .korean) == key)
    }

    /// A name cut before a gazetteer name does not keep the "of" between them.
    @Test func connectorStaysOutOfTheName() throws {
        let keyer = try NameKeyer()
        let mentions = try keyer.mentions(in: "They met Senator Ruth Gardner of South Korea on Monday.", language: .english)
        #expect(mentions.map(\.surface) == ["Ruth Gardner", "South Korea"])
    }

    /// Not after two vowels, nor in a word of three letters: Ukraine and Abe keep their e.
    @Test func silentFinalENeedsOneVowelAndAConsonantBefore() {
        #expect(PhoneticKey.silentFinalE(Array("ukraine".utf8)) == nil)
        #expect(PhoneticKey.silentFinalE(Array("abe".utf8)) == nil)
        #expect(PhoneticKey.silentFinalE(Array("james".utf8)) == 3)
    }

    /// Korean writes a consonant before l as 으 + ㄹㄹ: 글렌 is Glenn, 플린 is Flynn.
    @Test func clusterWithLIsOneSyllable() throws {
        let keyer = try NameKeyer(usesGazetteer: false)
        #expect(try keyer.key(for: "글렌", language: .korean) == keyer.key(for: "Glenn", language: .english))
        #expect(try keyer.key(for: "플린", language: .korean) == keyer.key(for: "Flynn", language: .english))
    }

    @Test func commonOpeningsAreNoNames() throws {
        let keyer = try NameKeyer()
        for sentence in ["Traditionally, the fair opens in spring.", "They're leaving town tomorrow.", "Speaking at dawn, she left."] {
            #expect(try keyer.mentions(in: Substring(sentence), language: .english).isEmpty, "\(sentence)")
        }
        #expect(try keyer.mentions(in: "Gardner opened the fair.", language: .english).map(\.surface) == ["Gardner"])
        #expect(try keyer.mentions(in: "Согласно плану, ярмарка откроется весной.", language: .russian).isEmpty)
        #expect(try keyer.mentions(in: "Землетрясение разрушило мост.", language: .russian).isEmpty)
        #expect(try keyer.mentions(in: "Кузнецов открыл ярмарку.", language: .russian).map(\.surface) == ["Кузнецов"])
        #expect(try keyer.mentions(in: "Кузнецова открыла ярмарку.", language: .russian).map(\.surface) == ["Кузнецова"])
    }

    @Test(arguments: [("볼리비아", true), ("스털링", true), ("가드너", true), ("학생들", false), ("하는", false),
                      ("것입니다", false), ("대통령", false), ("했다", false), ("다른", false)])
    func transcriptionsAreTold(word: String, isTranscription: Bool) {
        #expect(Hangul.isTranscription(word) == isTranscription)
    }

    @Test func transcriptionsAreFoundWhenAskedFor() throws {
        let keyer = try NameKeyer()
        let sentence: Substring = "어제 민턴은 스털링에서 빵을 샀다."
        #expect(try keyer.mentions(in: sentence, language: .korean).isEmpty)
        keyer.findsTranscriptions = true
        let found = try keyer.mentions(in: sentence, language: .korean)
        #expect(found.map(\.surface) == ["민턴", "스털링"])
        #expect(found.first?.key == (try? keyer.key(for: "Minton", language: .english)))
    }
}
