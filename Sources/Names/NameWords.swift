/// Splitting a name into words, and taking off what is not the name: surrounding punctuation, an
/// English possessive, titles (President, президент, 대통령) and Korean particles (은, 에서).
enum NameWords {
    static let trimmed: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "’", "‘", "«", "»", "“", "”", "„",
                                          "(", ")", "[", "]", "{", "}", "/", "·", "…", "—", "–"]

    static func split(_ surface: some StringProtocol, lexicon: NameLexicon) -> [String] {
        let surface = Substring(surface)
        var words = eachScalarIsCharacter(surface) ? splitByScalars(surface, lexicon: lexicon) : splitByCharacters(surface, lexicon: lexicon)
        if let last = words.last, isHangul(last) { words[words.count - 1] = stripParticle(last, lexicon: lexicon) }
        // "the" in any case, by bytes (no other scalar lowercases to t, h or e).
        if words.count > 1, words[0].utf8.count == 3, zip(words[0].utf8, "the".utf8).allSatisfy({ $0 | 0x20 == $1 }) {
            words.removeFirst()
        }
        return words
    }

    /// Whether every scalar of the text is a Character of its own (and NFC text compares as its
    /// scalars): no combining mark, joiner, Prepend or Hangul jamo, no CR (CR LF is one Character).
    static func eachScalarIsCharacter(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value < 0x300 && value != 0x0D) || (0x370..<0x483).contains(value) || (0x48A..<0x530).contains(value)
                || (0x2000...0x206F).contains(value) && value != 0x200C && value != 0x200D
                || value == 0x3000 || (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
        }
    }

    /// `trimmed`, by scalar.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x2019, 0x2018, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E,
             0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0xB7, 0x2026, 0x2014, 0x2013: return true
        default: return false
        }
    }

    /// `splitByCharacters` for text whose Characters are its scalars (see `eachScalarIsCharacter`),
    /// without grapheme breaking.
    static func splitByScalars(_ surface: Substring, lexicon: NameLexicon) -> [String] {
        var words: [String] = []
        let scalars = surface.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, isSeparator(scalars[index]) { scalars.formIndex(after: &index) }
            var start = index
            while index < scalars.endIndex, !isSeparator(scalars[index]) { scalars.formIndex(after: &index) }
            var end = index
            while start < end, isTrimmed(scalars[start]) { scalars.formIndex(after: &start) }
            // Keep the dot of an initial ("W."), drop other trailing punctuation.
            while start < end {
                let last = scalars.index(before: end)
                guard isTrimmed(scalars[last]) else { break }
                if scalars[last] == ".", scalars.index(after: start) == last { break }
                end = last
            }
            var word = surface[start..<end]
            if word.hasLetterSuffix("'s") || word.hasLetterSuffix("’s") { word = word.dropLast(2) }
            if word.isEmpty { continue }
            words.append(hangulReading(of: word, lexicon: lexicon) ?? String(word))
        }
        return words
    }

    /// A word separator: White_Space (as `Character.isWhitespace` reads it), "·" and "=".
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x3D, 0x85, 0xA0, 0xB7, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Words by Characters, as the text reads (combining marks stay with their letter).
    static func splitByCharacters(_ surface: Substring, lexicon: NameLexicon) -> [String] {
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
        let koreanTitles = lexicon.trailingTitles
        var changed = true
        while changed && words.count > 1 {
            changed = false
            for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let head = NameLexicon.normalizeAlias(joining: words[0..<length])
                if latinTitles.contains(head) || (length == 1 && isInflectedTitle(head, latinTitles)) {
                    words.removeFirst(length); changed = true; break
                }
                let tail = NameLexicon.normalizeAlias(joining: words[(words.count - length)...])
                if koreanTitles.contains(tail) {
                    words.removeLast(length)
                    if let last = words.last, isHangul(last) { words[words.count - 1] = stripParticle(last, lexicon: lexicon) }
                    changed = true; break
                }
            }
        }
    }

    /// A Russian title in another case: президента, председателю.
    static func isInflectedTitle(_ word: String, _ titles: Set<UTF8Key>) -> Bool {
        guard word.unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true else { return false }
        for ending in ["а", "у", "ом", "е", "я", "ю", "ем", "ы", "ой"] where word.hasLetterSuffix(ending) {
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
        let koreanTitles = lexicon.trailingTitles
        if lexicon.aliasIndex[word] != nil || koreanTitles.contains(word) { return word }
        // By UTF-8 bytes (a particle's bytes start with a scalar's first byte, so a suffix of
        // bytes is a suffix of scalars): this runs for every Korean word.
        var word = word
        word.makeContiguousUTF8()
        let scalarCount = word.unicodeScalars.count
        // (The stem, and whether it is a gazetteer word or title: taken as it is.)
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> (String, Bool)? in
            var best: String?
            for (particle, particleBytes) in zip(lexicon.particleScalars, lexicon.particleBytes)
            where particle.count < scalarCount && particleBytes.count <= bytes.count {
                let stemEnd = bytes.count - particleBytes.count
                // From the last byte: most particles differ there.
                var offset = particleBytes.count - 1
                while offset >= 0, bytes[stemEnd + offset] == particleBytes[offset] { offset -= 1 }
                guard offset < 0 else { continue }
                let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<stemEnd]), as: UTF8.self)
                if lexicon.aliasIndex[stem] != nil || koreanTitles.contains(stem) { return (stem, true) }
                if best == nil, scalarCount - particle.count >= 2 || lexicon.surnames[stem] != nil { best = stem }
            }
            return best.map { ($0, false) }
        }
        guard let (stem, known) = found ?? nil else { return word }
        if known { return stem }
        // A three-syllable word that starts with a surname and ends in 은/이/… is a whole name.
        if scalarCount == 3, stem.unicodeScalars.count == 2 {
            let scalars = Array(word.unicodeScalars)
            if lexicon.surnames[String(scalars[0])] != nil, nameFinalParticles.contains(String(scalars[2])) { return word }
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

    /// The same, as bytes (matched for every letter of every Latin name keyed).
    static let onsetBytes = onsets.map { Array($0.utf8) }, vowelBytes = vowels.map { Array($0.utf8) },
               codaBytes = codas.map { Array($0.utf8) }

    /// The number of syllables (1 to 3) the chunk splits into, or nil.
    static func count(_ chunk: some StringProtocol) -> Int? {
        // ASCII needs no case table (and only ASCII letters are syllables).
        let letters = chunk.utf8.allSatisfy { $0 < 0x80 }
            ? chunk.utf8.compactMap { $0 == UInt8(ascii: "'") ? nil : (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            : Array(chunk.lowercased().utf8.filter { $0 != UInt8(ascii: "'") })
        guard !letters.isEmpty, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else { return nil }
        // best[i]: fewest syllables covering letters[..<i].
        var best = [Int?](repeating: nil, count: letters.count + 1)
        best[0] = 0
        for start in 0..<letters.count {
            guard let sofar = best[start], sofar < 3 else { continue }
            for onset in onsetBytes where matches(onset, letters, start) {
                let afterOnset = start + onset.count
                for vowel in vowelBytes where matches(vowel, letters, afterOnset) {
                    let afterVowel = afterOnset + vowel.count
                    for coda in codaBytes where matches(coda, letters, afterVowel) {
                        let end = afterVowel + coda.count
                        if best[end] == nil || best[end]! > sofar + 1 { best[end] = sofar + 1 }
                    }
                }
            }
        }
        return best[letters.count]
    }

    static func matches(_ piece: [UInt8], _ letters: [UInt8], _ at: Int) -> Bool {
        guard at + piece.count <= letters.count else { return false }
        for offset in 0..<piece.count where letters[at + offset] != piece[offset] { return false }
        return true
    }
}
