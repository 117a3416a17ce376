import TextBytes
/// Table romanization for the two scripts that fill Rosetta's corpora, Cyrillic and Hangul:
/// the same letters ICU's "Any-Latin; Latin-ASCII; Lower" gives for the consonants (vowels are
/// dropped by the cognate skeleton anyway), at a fraction of the cost (ICU takes tens of
/// microseconds per new word, and news text is mostly new words). Words in any other script
/// return nil and go through `Transliterator`.
enum Romanization {
    static func ascii(_ word: Substring) -> String? {
        UTF8Bytes.with(word) { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            guard appendASCII(bytes, 0, bytes.count, to: &output) else { return nil }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The same on the UTF-8 bytes bytes[start..<end], appended to `output`; false (with
    /// `output` partly written) for a word with a scalar outside the tables.
    static func appendASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to output: inout [UInt8]) -> Bool {
        var index = start
        while index < end {
            let (v, length) = UTF8Bytes.scalar(bytes, at: index)
            index += length
            switch v {
            case 0x41...0x5A: output.append(UInt8(v + 0x20))
            case 0x30...0x39, 0x61...0x7A: output.append(UInt8(v))
            case 0x400...0x45F:
                // Lower case, then the Russian alphabet.
                let lower = v < 0x410 ? v + 0x50 : (v < 0x430 ? v + 0x20 : v)
                let index = Int(lower) - 0x430
                guard index >= 0, index < cyrillicBytes.count else { return false }
                append(cyrillicBytes[index], to: &output)
            case 0xAC00...0xD7A3:
                let s = Int(v - 0xAC00)
                append(hangulInitialBytes[s / (21 * 28)], to: &output)
                append(hangulVowelBytes[(s / 28) % 21], to: &output)
                append(hangulFinalBytes[s % 28], to: &output)
            default: return false
            }
        }
        return true
    }

    /// The tables' letters packed into an integer, first letter lowest (none is over 3 letters).
    static let cyrillicBytes = cyrillic.map(packed), hangulInitialBytes = hangulInitials.map(packed),
               hangulVowelBytes = hangulVowels.map(packed), hangulFinalBytes = hangulFinals.map(packed)

    static func packed(_ letters: String) -> UInt32 {
        letters.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    @inline(__always)
    static func append(_ packed: UInt32, to output: inout [UInt8]) {
        var rest = packed
        while rest != 0 {
            output.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
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
