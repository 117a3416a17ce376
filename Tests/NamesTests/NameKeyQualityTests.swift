import Testing
@testable import Names
import CorpusModel

/// The quality contract of issue 3, on our own fixture: pairwise F1 ≥ 0.95 for every language
/// pair, and no merge at all among the confusable families.
@Suite struct NameKeyQualityTests {
    @Test func fixtureHasEnoughEntities() throws {
        let spellings = try Fixture.spellings()
        #expect(Set(spellings.map(\.entity)).count >= 40)
        for language in ["en", "ru", "ko"] { #expect(spellings.contains { $0.language.identifier == language }) }
    }

    @Test func pairwiseF1PerLanguagePair() throws {
        let spellings = try Fixture.spellings()
        let keyer = try NameKeyer()
        let keys = try spellings.map { try keyer.key(for: $0.surface, language: $0.language) }
        let scores = Fixture.pairwiseScores(spellings, keys: keys)
        for pair in ["en-ru", "en-ko", "ko-ru", "en-en", "ru-ru", "ko-ko"] {
            let score = try #require(scores[pair])
            print("names F1 \(pair): P=\(score.p) R=\(score.r) F1=\(score.f1)")
            #expect(score.f1 >= 0.95, "F1 \(score.f1) for \(pair)")
        }
    }

    /// The rules without the gazetteer, reported (not asserted) so that their share can be seen.
    @Test func rulesAloneAreReported() throws {
        let spellings = try Fixture.spellings()
        let keyer = try NameKeyer(usesGazetteer: false)
        let keys = try spellings.map { try keyer.key(for: $0.surface, language: $0.language) }
        for (pair, score) in Fixture.pairwiseScores(spellings, keys: keys).sorted(by: { $0.key < $1.key }) {
            print("names F1 without gazetteer \(pair): P=\(score.p) R=\(score.r) F1=\(score.f1)")
        }
        #expect(keys.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: [true, false]) func confusablesNeverMerge(usesGazetteer: Bool) throws {
        let spellings = try Fixture.spellings()
        let keyer = try NameKeyer(usesGazetteer: usesGazetteer)
        var keysByEntity: [String: Set<NameKey>] = [:]
        for spelling in spellings {
            keysByEntity[spelling.entity, default: []].insert(try keyer.key(for: spelling.surface, language: spelling.language))
        }
        for (first, second) in try Fixture.confusables() {
            let shared = keysByEntity[first, default: []].intersection(keysByEntity[second, default: []])
            #expect(shared.isEmpty, "\(first) and \(second) share \(shared)")
        }
    }

    /// Keying a key gives it back, for every key of the fixture, in every language.
    @Test func keyIsIdempotent() throws {
        let keyer = try NameKeyer()
        for spelling in try Fixture.spellings() {
            let key = try keyer.key(for: spelling.surface, language: spelling.language)
            for language in [LanguageTag.english, .russian, .korean] {
                #expect(try keyer.key(for: key.value, language: language) == key, "\(spelling.surface) → \(key)")
            }
        }
    }
}

/// The sound-class reduction is a projection: reading a key's letters again as Latin gives the
/// key back (the reason for the "-" cuts), checked on seeded random names in the three scripts.
@Suite struct SoundClassProjectionTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func reReadingAKeyGivesItBack() throws {
        var random = Generator(state: 20110824)
        let latin = ["kim", "jong", "il", "chung", "hee", "yeo", "sh", "kh", "ts", "ae", "eo", "oe", "wh", "ng", "y", "u", "x", "c", "h"]
        let cyrillic = ["ким", "чен", "ир", "пх", "ё", "ю", "щ", "ц", "ый", "й", "ь", "дж", "тс", "х", "о", "е"]
        let keyer = try NameKeyer(usesGazetteer: false)
        for _ in 0..<500 {
            var surface = ""
            switch random.next(3) {
            case 0: for _ in 0..<(1 + random.next(5)) { surface += latin[random.next(latin.count)] }
            case 1: for _ in 0..<(1 + random.next(5)) { surface += cyrillic[random.next(cyrillic.count)] }
            default:
                for _ in 0..<(1 + random.next(4)) {
                    surface.unicodeScalars.append(Hangul.compose(.init(lead: random.next(19), vowel: random.next(21), tail: random.next(28)))!)
                }
            }
            var raw: [UInt8] = []
            try keyer.appendWord(surface, koreanName: false, to: &raw)
            let key = PhoneticKey.finish(raw)
            var again: [UInt8] = []
            try keyer.appendWord(key, koreanName: false, to: &again)
            #expect(PhoneticKey.finish(again) == key, "\(surface) → \(key)")
        }
    }
}
