/// Table romanization for the two scripts that fill Rosetta's corpora, Cyrillic and Hangul:
/// the same letters ICU's "Any-Latin; Latin-ASCII; Lower" gives for the consonants (vowels are
/// dropped by the cognate skeleton anyway), at a fraction of the cost (ICU takes tens of
/// microseconds per new word, and news text is mostly new words). Words in any other script
/// return nil and go through `Transliterator`.
enum Romanization {
    static func ascii(_ word: Substring) -> String? {
        var output = ""
        output.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A: output.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
            case 0x30...0x39, 0x61...0x7A: output.unicodeScalars.append(scalar)
            case 0x400...0x45F:
                // Lower case, then the Russian alphabet.
                let lower = v < 0x410 ? v + 0x50 : (v < 0x430 ? v + 0x20 : v)
                let index = Int(lower) - 0x430
                guard index >= 0, index < cyrillic.count else { return nil }
                output += cyrillic[index]
            case 0xAC00...0xD7A3:
                let s = Int(v - 0xAC00)
                output += hangulInitials[s / (21 * 28)] + hangulVowels[(s / 28) % 21] + hangulFinals[s % 28]
            default: return nil
            }
        }
        return output
    }

    /// а…я (0x430–0x44F), then ѐ…џ (0x450–0x45F: ё is 0x451).
    static let cyrillic: [String] = [
        "a", "b", "v", "g", "d", "e", "z", "z", "i", "j", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "c", "c", "s", "s", "", "y", "", "e", "u", "a",
        "e", "e", "d", "g", "e", "z", "i", "i", "j", "l", "n", "c", "k", "i", "u", "d",
    ]
    static let hangulInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let hangulVowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
    static let hangulFinals = ["", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"]
}
