import RosettaTestSupport
import Testing
@testable import Names

/// `NameWords.stripParticle` reads bytes; here it is checked against the same rule read by
/// scalars, on words made of gazetteer names, surnames, titles, syllables and particles.
@Suite struct ParticleStrippingTests {
    let lexicon = NameLexicon.builtIn

    func byScalars(_ word: String) -> String {
        let koreanTitles = lexicon.titles["ko"] ?? []
        if lexicon.aliasIndex[word] != nil || koreanTitles.contains(word) { return word }
        let scalars = Array(word.unicodeScalars)
        var best: String?
        for particle in lexicon.particleScalars where particle.count < scalars.count {
            guard scalars[(scalars.count - particle.count)...].elementsEqual(particle) else { continue }
            let stem = String(String.UnicodeScalarView(scalars[..<(scalars.count - particle.count)]))
            if lexicon.aliasIndex[stem] != nil || koreanTitles.contains(stem) { return stem }
            if best == nil, scalars.count - particle.count >= 2 || lexicon.surnames[stem] != nil { best = stem }
        }
        guard let stem = best else { return word }
        if scalars.count == 3, lexicon.surnames[String(scalars[0])] != nil,
           NameWords.nameFinalParticles.contains(String(scalars[2])), stem.unicodeScalars.count == 2 {
            return word
        }
        return stem
    }

    @Test func bytesAgreeWithScalars() {
        var random = SplitMix64(seed: 11)
        let heads = lexicon.aliasIndex.keys.map(\.text).filter { NameWords.isHangul($0) && !$0.contains(" ") }
            + (lexicon.titles["ko"] ?? []).map(\.text) + ["김", "이", "박", "정", "은", "서울", "경제", "대", "A", "한국어"]
        let tails = lexicon.particles + ["", "", "은", "이", "가", "도", "정은", "에서는"]
        #expect(!heads.isEmpty && !lexicon.particles.isEmpty)
        for _ in 0..<3_000 {
            let word = random.pick(heads) + random.pick(tails) + (random.below(4) == 0 ? random.pick(tails) : "")
            #expect(NameWords.stripParticle(word, lexicon: lexicon) == byScalars(word), "\(word)")
        }
    }
}
