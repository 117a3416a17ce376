public import CorpusModel
public import Names

/// Names as anchors, through the cross-script name keys of `Names` ("Kim Jong Il", "Ким Чен Ира"
/// and "김정일은" should share a key). This adapter is the one place that knows `NameKeyer`:
/// when the name model improves, the aligner gets the better keys without any other change.
///
/// Today a name is taken to be a capitalized word (any Hangul word of two syllables or more in
/// Korean), keyed word by word.
public final class NameAnchors: AnchorSource {
    private lazy var keyer: NameKeyer? = makeKeyer()
    private let makeKeyer: () -> NameKeyer?

    /// The keyer holds the gazetteer (established forms: Сеул, 북한 = КНДР = North Korea), whose index
    /// is built once per process; mentions come from `NameKeyer.mentions`, which finds names in all
    /// three scripts (Korean with its particles and titles stripped).
    public init(keyer: NameKeyer?) { makeKeyer = { keyer } }

    /// With the built-in lexicon, read on first use (`prepare()`): reading it takes ~10 ms, which
    /// the aligner spends on one thread while the other finds the other kinds of anchors.
    public init() { makeKeyer = { try? NameKeyer() } }

    /// Makes the keyer now (reading the built-in lexicon, once per process).
    func prepare() { _ = keyer }

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        var anchors: [Anchor] = []
        append(sentence, language: language, to: &anchors)
        return anchors
    }

    func append(_ sentence: Substring, language: LanguageTag, to anchors: inout [Anchor]) {
        guard let keyer, let mentions = try? keyer.mentions(in: sentence, language: language) else { return }
        for mention in mentions where mention.key.value.utf8.count >= 3 {
            anchors.append(Anchor(kind: .name, keys: [AnchorKey.hash(mention.key.value)]))
        }
    }
}
