public import CorpusModel
public import Names

/// Names as anchors, through the cross-script name keys of `Names` ("Kim Jong Il", "Ким Чен Ира"
/// and "김정일은" should share a key). This adapter is the one place that knows `NameKeyer`:
/// when the name model improves, the aligner gets the better keys without any other change.
///
/// Today a name is taken to be a capitalized word (any Hangul word of two syllables or more in
/// Korean), keyed word by word.
public final class NameAnchors: AnchorSource {
    private let keyer: NameKeyer?

    /// Whether Hangul words are keyed. Measured with the rules-only keyer: keying every Korean
    /// word lowered strict F1 on en-ko and ru-ko by 0.003 and 0.006 (the cognate anchors cover
    /// Korean); switch on when name mentions, not single words, are keyed.
    public static let keysHangul = false

    /// The default keyer works by the rules alone, with an empty lexicon: loading the built-in
    /// gazetteer and its phonetic index takes longer than aligning a 1,000-sentence document
    /// (measured: 0.07 s and 0.3 s). Pass `try NameKeyer()` for gazetteer keys.
    public init(keyer: NameKeyer? = try? NameKeyer(lexicon: NameLexicon(), usesGazetteer: false)) { self.keyer = keyer }

    /// Name keys by word (FNV hash of the word); nil when the word gives no key.
    private var cache: [UInt64: UInt64?] = [:]

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        guard let keyer else { return [] }
        var anchors: [Anchor] = []
        for (position, word) in words(of: sentence).enumerated() {
            guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            // A capital at the start of a sentence says nothing about a name.
            let length = word.unicodeScalars.count
            let nameLike = first.isHangulSyllable ? Self.keysHangul && length >= 2 : (first.properties.isUppercase && position > 0 && length >= 2)
            guard nameLike else { continue }
            let id = AnchorKey.hash(word)
            let key: UInt64?
            if let cached = cache[id] { key = cached } else {
                let value = (try? keyer.key(for: word, language: language))?.value ?? ""
                key = value.utf8.count >= 3 ? AnchorKey.hash(value) : nil
                if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
                cache[id] = key
            }
            if let key { anchors.append(Anchor(kind: .name, keys: [key])) }
        }
        return anchors
    }
}
