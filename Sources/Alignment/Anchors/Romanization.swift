import LanguageProfiles
import TextBytes

/// Table romanization for the scripts the language profiles map to Latin letters (their
/// `romanization` files: Cyrillic in ru, Hangul jamo in ko): the same letters ICU's "Any-Latin;
/// Latin-ASCII; Lower" gives for the consonants (vowels are dropped by the cognate skeleton
/// anyway), at a fraction of the cost (ICU takes tens of microseconds per new word, and news
/// text is mostly new words). Words with a letter no table has return nil and go through
/// `Transliterator`.
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
                // Lower case, then the table of the lower-case letters а (0x430) … џ (0x45F).
                let lower = v < 0x410 ? v + 0x50 : (v < 0x430 ? v + 0x20 : v)
                let packed = cyrillicBytes[Int(lower) - 0x430]
                guard packed != missing else { return false }
                append(packed, to: &output)
            case 0xAC00...0xD7A3:
                let s = Int(v - 0xAC00)
                let initial = hangulInitialBytes[s / (21 * 28)], vowel = hangulVowelBytes[(s / 28) % 21], final = hangulFinalBytes[s % 28]
                guard initial != missing, vowel != missing, final != missing else { return false }
                append(initial, to: &output)
                append(vowel, to: &output)
                append(final, to: &output)
            default: return false
            }
        }
        return true
    }

    /// A letter no profile maps.
    static let missing = UInt32.max

    /// Every profile's letters: scalar → Latin letters.
    static let letters: [UInt32: String] = {
        var letters: [UInt32: String] = [:]
        for code in LanguageProfiles.codes {
            for (letter, latin) in LanguageProfiles.profile(code: code)?.romanization ?? [] where letters[letter.value] == nil {
                letters[letter.value] = latin
            }
        }
        return letters
    }()

    /// The tables of the ranges read above, packed (`missing` where no profile maps the letter).
    static func table(_ scalars: some Sequence<UInt32>) -> [UInt32] { scalars.map { letters[$0].map(packed) ?? missing } }

    /// Cyrillic а…я, ѐ…џ; Hangul initial consonants, vowels, and finals (index 0: none).
    static let cyrillicBytes = table(0x430...0x45F), hangulInitialBytes = table(0x1100...0x1112),
               hangulVowelBytes = table(0x1161...0x1175), hangulFinalBytes = [0] + table(0x11A8...0x11C2)

    /// Letters packed into an integer, first letter lowest (none is over 4 letters).
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
}
