/// Splitting a name into words, and taking off what is not the name: surrounding punctuation, an
/// English possessive, titles (President, президент, 대통령) and Korean particles (은, 에서).
enum NameWords {
    static let trimmed: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "’", "‘", "«", "»", "“", "”", "„",
                                          "(", ")", "[", "]", "{", "}", "/", "·", "…", "—", "–"]

    static func split(_ surface: some StringProtocol, lexicon: NameLexicon) -> [String] {
        var words: [String] = []
        for piece in surface.split(whereSeparator: { $0.isWhitespace || $0 == "·" || $0 == "=" }) {
            var word = Substring(piece)
            while let first = word.first, trimmed.contains(first) { word = word.dropFirst() }
            // Keep the dot of an initial ("W."), drop other trailing punctuation.
            while let last = word.last, trimmed.contains(last) {
                if last == ".", word.count == 2 { break }
                word = word.dropLast()
            }
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
            if word.isEmpty { continue }
            words.append(hangulReading(of: word, lexicon: lexicon) ?? String(word))
        }
        if let last = words.last, isHangul(last) { words[words.count - 1] = stripParticle(last, lexicon: lexicon) }
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words
    }

    /// A word of Hanja in its Korean reading (金正日 → 김정일), when every character is known.
    static func hangulReading(of word: Substring, lexicon: NameLexicon) -> String? {
        guard let first = word.unicodeScalars.first, (0x4E00...0x9FFF).contains(first.value) else { return nil }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            guard let reading = lexicon.hanja[scalar] else { return nil }
            result.append(reading)
        }
        return String(result)
    }

    static func isHangul(_ word: some StringProtocol) -> Bool { word.unicodeScalars.contains(where: Hangul.isSyllable) }

    /// Takes titles off: before the name in English and Russian (President Dmitry Medvedev,
    /// президента Путина), after it in Korean (푸틴 대통령은). A name is never reduced to nothing.
    static func stripTitles(_ words: inout [String], lexicon: NameLexicon) {
        let latinTitles = lexicon.latinTitles
        let koreanTitles = lexicon.titles["ko", default: []]
        var changed = true
        while changed && words.count > 1 {
            changed = false
            for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let head = NameLexicon.normalizeAlias(words[0..<length].joined(separator: " "))
                if latinTitles.contains(head) || (length == 1 && isInflectedTitle(head, latinTitles)) {
                    words.removeFirst(length); changed = true; break
                }
                let tail = NameLexicon.normalizeAlias(words[(words.count - length)...].joined(separator: " "))
                if koreanTitles.contains(tail) {
                    words.removeLast(length)
                    if let last = words.last, isHangul(last) { words[words.count - 1] = stripParticle(last, lexicon: lexicon) }
                    changed = true; break
                }
            }
        }
    }

    /// A Russian title in another case: президента, председателю.
    static func isInflectedTitle(_ word: String, _ titles: Set<String>) -> Bool {
        guard word.unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true else { return false }
        for ending in ["а", "у", "ом", "е", "я", "ю", "ем", "ы", "ой"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if titles.contains(stem) || titles.contains(stem + "ь") || titles.contains(stem + "а") { return true }
        }
        return false
    }

    /// Syllables that end Korean given names as often as they are particles: 김정은 is a name.
    static let nameFinalParticles: Set<String> = ["은", "는", "이", "도", "나", "가"]

    /// A Hangul word without its particle, never eating a name's syllables: 김정일은 → 김정일,
    /// 김정은 → 김정은, 서울에서 → 서울, 메드베데프는 → 메드베데프.
    static func stripParticle(_ word: String, lexicon: NameLexicon) -> String {
        let koreanTitles = lexicon.titles["ko"] ?? []
        if lexicon.aliasIndex[word] != nil || koreanTitles.contains(word) { return word }
        // By scalars (Hangul syllables are one scalar each): this runs for every Korean word.
        let scalars = Array(word.unicodeScalars)
        var best: String?
        for particle in lexicon.particleScalars where particle.count < scalars.count {
            guard scalars[(scalars.count - particle.count)...].elementsEqual(particle) else { continue }
            let stem = String(String.UnicodeScalarView(scalars[..<(scalars.count - particle.count)]))
            if lexicon.aliasIndex[stem] != nil || koreanTitles.contains(stem) { return stem }
            if best == nil, scalars.count - particle.count >= 2 || lexicon.surnames[stem] != nil { best = stem }
        }
        guard let stem = best else { return word }
        // A three-syllable word that starts with a surname and ends in 은/이/… is a whole name.
        if scalars.count == 3, lexicon.surnames[String(scalars[0])] != nil,
           nameFinalParticles.contains(String(scalars[2])), stem.unicodeScalars.count == 2 {
            return word
        }
        return stem
    }
}

/// Whether a Latin chunk reads as Korean syllables (Jong, Jae-in, Myung-bak, Geun-hye), which
/// makes "Kim Jong Un" a Korean name and "Kim Kardashian" not.
enum KoreanSyllables {
    static let onsets = ["wh", "kk", "gg", "tt", "pp", "ss", "jj", "tch", "ch", "sh", "th", "ph", "kh", "k", "g", "n", "d", "t",
                         "r", "l", "m", "b", "p", "s", "j", "h", "w", "y", ""]
    static let vowels = ["yae", "yeo", "wae", "eui", "ae", "ya", "eo", "ye", "yo", "wa", "oe", "wo", "we", "wi", "yu",
                         "eu", "ui", "oo", "ou", "ee", "oi", "ai", "a", "e", "o", "u", "i"]
    static let codas = ["ng", "ck", "k", "n", "l", "r", "m", "p", "b", "t", "g", ""]

    /// The number of syllables (1 to 3) the chunk splits into, or nil.
    static func count(_ chunk: some StringProtocol) -> Int? {
        let letters = Array(chunk.lowercased().utf8.filter { $0 != UInt8(ascii: "'") })
        guard !letters.isEmpty, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else { return nil }
        // best[i]: fewest syllables covering letters[..<i].
        var best = [Int?](repeating: nil, count: letters.count + 1)
        best[0] = 0
        for start in 0..<letters.count {
            guard let sofar = best[start], sofar < 3 else { continue }
            for onset in onsets where matches(onset, letters, start) {
                let afterOnset = start + onset.utf8.count
                for vowel in vowels where matches(vowel, letters, afterOnset) {
                    let afterVowel = afterOnset + vowel.utf8.count
                    for coda in codas where matches(coda, letters, afterVowel) {
                        let end = afterVowel + coda.utf8.count
                        if best[end] == nil || best[end]! > sofar + 1 { best[end] = sofar + 1 }
                    }
                }
            }
        }
        return best[letters.count]
    }

    static func matches(_ piece: String, _ letters: [UInt8], _ at: Int) -> Bool {
        let bytes = Array(piece.utf8)
        guard at + bytes.count <= letters.count else { return false }
        return letters[at..<(at + bytes.count)].elementsEqual(bytes)
    }
}
