public import CorpusModel
import Names
public import Transliteration
import TextBytes

/// Cognates across scripts: a word transliterated to ASCII and reduced to its consonant skeleton,
/// so that Medvedev, Медведев (medvedev) and 메드베데프 (medeubedeupeu) all read "MTPTP".
///
/// Vowels go (Korean loanwords insert them: "eu" after every final consonant), consonants fold
/// into the classes romanizations disagree on (b/p/f/v, d/t, g/k/q, j/z/ch/ts, l/r), repeats
/// collapse. Endings differ ("Медведеву", "메드베데프는"), so an anchor's keys are the skeleton and
/// its prefixes down to two classes shorter: two words match when they share a long enough prefix.
public final class CognateAnchors: AnchorSource {
    /// Opened on the first word outside Latin, Cyrillic and Hangul (`Romanization` covers those):
    /// opening ICU's Any-Latin costs more than aligning a short document.
    private var latin: Transliterator?
    private var latinOpened = false
    /// Shortest skeleton used: two consonant classes are too common to mean anything.
    static let minimumSkeleton = 3
    /// How many classes of an ending a key may drop.
    static let endingClasses = 2

    /// Without a transliterator (ICU missing the transform) only Latin, Cyrillic and Hangul words
    /// get skeletons.
    public init(transliterator: Transliterator? = nil) {
        latin = transliterator
        latinOpened = transliterator != nil
    }

    /// Keys by word (FNV hash of the word): words repeat, skeletons need not be rebuilt.
    private var cache = HashKeyedTable<[UInt64]>()
    /// A word's ASCII form, rebuilt for each new word.
    private var ascii: [UInt8] = []
    static let cacheLimit = 200_000

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        WordSpan.with(sentence) { bytes, words in
            var anchors: [Anchor] = []
            append(sentence, bytes, words: words, to: &anchors)
            return anchors
        }
    }

    /// The anchors of a sentence given its bytes and words (`WordSpan.scan`).
    func append(_ sentence: Substring, _ bytes: UnsafeBufferPointer<UInt8>, words: [WordSpan], to anchors: inout [Anchor]) {
        for span in words where Self.isCandidate(first: span.first, length: span.scalarCount) {
            let id = UTF8Bytes.hash(bytes, span.start, span.end)
            if let keys = cache[id] {
                if !keys.isEmpty { anchors.append(Anchor(kind: .cognate, keys: keys)) }
                continue
            }
            var keys: [UInt64] = []
            ascii.removeAll(keepingCapacity: true)
            // Latin, Cyrillic and Hangul by table on the bytes; other words through `asciiForm`.
            var romanized = Romanization.appendASCII(bytes, span.start, span.end, to: &ascii)
            if !romanized, let form = asciiForm(sentence.slice(utf8: span.start, span.end)) {
                ascii = Array(form.utf8)
                romanized = true
            }
            if romanized {
                let skeleton = Self.skeleton(ascii, fromLatin: span.first.isASCII)
                if skeleton.count >= Self.minimumSkeleton {
                    // The hash of each prefix, from the shortest kept to the whole skeleton.
                    let shortest = max(Self.minimumSkeleton, skeleton.count - Self.endingClasses)
                    var h = AnchorKey.offset
                    for (k, cls) in skeleton.enumerated() {
                        h = AnchorKey.add(h, UInt32(cls))
                        if k + 1 >= shortest { keys.append(h) }
                    }
                }
            }
            if cache.count >= Self.cacheLimit { cache.removeAll() }
            cache[id] = keys
            if !keys.isEmpty { anchors.append(Anchor(kind: .cognate, keys: keys)) }
        }
    }

    /// Names and borrowed words: capitalized words in cased scripts, long words, any Hangul word
    /// of two syllables or more (Korean has no capitals), words of other uncased scripts.
    static func isCandidate(first: Unicode.Scalar, length: Int) -> Bool {
        guard first.isLetter else { return false }
        if first.isHangulSyllable { return length >= 2 }
        if first.isUpperCaseLetter { return length >= 3 }
        if first.isLowerCaseLetter { return length >= 7 }
        return length >= 2
    }

    func asciiForm(_ word: Substring) -> String? {
        if let fast = Romanization.ascii(word) ?? LatinFolding.ascii(word) { return fast }
        if !latinOpened {
            latinOpened = true
            latin = try? Transliterator(id: TransliteratorID.anyToASCIILower)
        }
        return try? latin?.transliterateWord(word)
    }

    /// The consonant skeleton of an ASCII word, one letter per class:
    /// P (b p f v), T (d t), K (g k q c x), J (j z ch, and c from Cyrillic ц/ч), S (s), R (l r),
    /// M, N. Vowels, h, w, y and everything else are dropped; a class repeated collapses.
    static func skeleton(_ ascii: String, fromLatin: Bool) -> String {
        String(decoding: skeleton(Array(ascii.utf8), fromLatin: fromLatin), as: UTF8.self)
    }

    /// The skeleton of ASCII letters, one byte per class.
    static func skeleton(_ letters: [UInt8], fromLatin: Bool) -> [UInt8] {
        // By bytes: a switch over Characters compares strings, which cost more than the rest.
        var result: [UInt8] = []
        result.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: UInt8? = index + 1 < letters.count ? letters[index + 1] : nil
            var cls: UInt8?
            switch letter {
            case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "v"): cls = UInt8(ascii: "P")
            case UInt8(ascii: "d"), UInt8(ascii: "t"): cls = UInt8(ascii: "T")
            case UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "q"), UInt8(ascii: "x"): cls = UInt8(ascii: "K")
            case UInt8(ascii: "j"), UInt8(ascii: "z"): cls = UInt8(ascii: "J")
            case UInt8(ascii: "s"): cls = UInt8(ascii: "S")
            case UInt8(ascii: "l"), UInt8(ascii: "r"): cls = UInt8(ascii: "R")
            case UInt8(ascii: "m"): cls = UInt8(ascii: "M")
            case UInt8(ascii: "n"): cls = UInt8(ascii: "N")
            case UInt8(ascii: "c"):
                if next == UInt8(ascii: "h") { cls = UInt8(ascii: "J"); index += 1 }
                else if fromLatin { cls = (next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y")) ? UInt8(ascii: "S") : UInt8(ascii: "K") }
                else { cls = UInt8(ascii: "J") }
            default: cls = nil
            }
            if let cls, result.last != cls { result.append(cls) }
            index += 1
        }
        return result
    }
}
