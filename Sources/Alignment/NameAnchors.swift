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

    public init(keyer: NameKeyer? = try? NameKeyer()) { self.keyer = keyer }

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        guard let keyer else { return [] }
        var anchors: [Anchor] = []
        for (position, word) in words(of: sentence).enumerated() {
            guard let first = word.first, first.isLetter else { continue }
            // A capital at the start of a sentence says nothing about a name.
            let nameLike = first.isHangul ? word.count >= 2 : (first.isUppercase && position > 0 && word.count >= 2)
            guard nameLike, let key = try? keyer.key(for: word), key.value.count >= 3 else { continue }
            anchors.append(Anchor(kind: .name, key: key.value))
        }
        return anchors
    }
}
