/// Hangul syllable arithmetic (Unicode §3.12), done here rather than through ICU: ICU's
/// "Any-Latin" romanizes a word without syllable boundaries (김정일 → "gimjeong-il"), and a name key
/// needs the syllables (김 정 일 → gim-jeong-il) to compare them with Russian and English spellings.
public enum Hangul {
    static let syllableBase: UInt32 = 0xAC00
    static let syllableEnd: UInt32 = 0xD7A3
    static let vowelCount: UInt32 = 21
    static let tailCount: UInt32 = 28

    /// One precomposed syllable split into its jamo indices: lead 0..<19, vowel 0..<21, tail 0..<28
    /// (tail 0 is "no final consonant").
    public struct Syllable: Equatable, Sendable {
        public let lead: Int
        public let vowel: Int
        public let tail: Int
    }

    public static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (syllableBase...syllableEnd).contains(scalar.value)
    }

    /// The jamo of a precomposed syllable, or nil for any other scalar.
    public static func decompose(_ scalar: Unicode.Scalar) -> Syllable? {
        guard isSyllable(scalar) else { return nil }
        let index = scalar.value - syllableBase
        return Syllable(lead: Int(index / (vowelCount * tailCount)),
                        vowel: Int(index % (vowelCount * tailCount) / tailCount),
                        tail: Int(index % tailCount))
    }

    /// The syllable with these jamo indices (the inverse of `decompose`).
    public static func compose(_ syllable: Syllable) -> Unicode.Scalar? {
        guard (0..<19).contains(syllable.lead), (0..<21).contains(syllable.vowel), (0..<28).contains(syllable.tail)
        else { return nil }
        let value = syllableBase + (UInt32(syllable.lead) * vowelCount + UInt32(syllable.vowel)) * tailCount
            + UInt32(syllable.tail)
        return Unicode.Scalar(value)
    }

    // Revised Romanization of each jamo, in Unicode order.
    static let leadRR = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let vowelRR = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
                          "wi", "yu", "eu", "ui", "i"]
    static let tailRR = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
                         "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

    /// Revised Romanization with syllables joined by "-": 김정일 → "gim-jeong-il". Other characters
    /// pass through. (Sound changes across syllables, as in 신라 → Silla, are not applied: names are
    /// compared syllable by syllable.)
    public static func romanizeSyllables(_ text: some StringProtocol) -> String {
        var result = ""
        var previousWasSyllable = false
        for scalar in text.unicodeScalars {
            if let syllable = decompose(scalar) {
                if previousWasSyllable { result += "-" }
                result += leadRR[syllable.lead] + vowelRR[syllable.vowel] + tailRR[syllable.tail]
                previousWasSyllable = true
            } else {
                result.unicodeScalars.append(scalar)
                previousWasSyllable = false
            }
        }
        return result
    }

    // Sound classes of the key (see PhoneticKey): what English romanizations (McCune–Reischauer,
    // Revised, North Korean), Russian Kontsevich and Hangul all keep apart.
    // Lead consonants: plain, tense and aspirated series merge (MR k/k', RR g/k, Russian к/г/кх).
    static let leadClass: [String] = ["k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t",
                                      "p", "h"]
    // Vowels: ㅓㅗㅜㅡ → o (MR ŏ/o/u/ŭ lose their breves, English writes 성 "Sung"); ㅐㅔ and the
    // y-vowels ㅕㅛㅠㅖㅒ → e (Russian е/ё/ю, "Hyun"/"Hyeon"/"Hyon"); w-vowels keep the glide as p,
    // the class of Russian в and English w/v.
    static let vowelClass: [String] = ["a", "e", "a", "e", "o", "e", "e", "e", "o", "pa", "pe", "pe", "e", "o", "po", "pe",
                                       "pi", "e", "o", "i", "i"]
    // Finals: ㅇ (ng) → n, since Kontsevich writes it н (평양 → Пхеньян).
    static let tailClass: [String] = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
                                      "p", "p", "t", "t", "n", "t", "t", "k", "t", "p", "t"]
    static let vowelEU = 18
    static let leadIEUNG = 11

    /// Appends the sound classes of one syllable. In a loanword Korean adds ㅡ after a bare consonant
    /// (메드베데프 = me-deu-be-de-peu for "Medvedev"): a ㅡ with a consonant before it and none after
    /// it is dropped.
    static func appendClasses(of syllable: Syllable, to key: inout [UInt8]) {
        key.append(contentsOf: leadClass[syllable.lead].utf8)
        if syllable.vowel == vowelEU && syllable.tail == 0 && syllable.lead != leadIEUNG { return }
        key.append(contentsOf: vowelClass[syllable.vowel].utf8)
        key.append(contentsOf: tailClass[syllable.tail].utf8)
    }
}
