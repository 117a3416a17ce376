public import CorpusModel

/// One side of an alignment with its anchors found: a document that is aligned against several
/// others (candidates of `DocumentPairing`, the languages of a story) has them found once.
public struct AnchoredText: Sendable {
    public let sentences: [Substring]
    public let language: LanguageTag
    /// Each sentence's anchors (numbers and months, punctuation, cognates, names).
    public let anchors: [[Anchor]]
    /// Each sentence's word stems for dictionary learning; empty for texts too short to learn from.
    let stems: [[UInt64]]
}

/// Finds the anchors of texts, one after another, reusing its caches (cognate skeletons and
/// name keys per word). Not Sendable: make one per thread.
public final class AnchorExtractor {
    private let finders = AnchorFinders(cognates: [CognateAnchors()], names: [NameAnchors()])

    public init() {}

    public func extract(_ sentences: [Substring], language: LanguageTag) -> AnchoredText {
        let stems = sentences.count >= DictionaryLearning.minimumBeads
        let found = finders.find([(sentences, language)], disabled: [], stems: stems, threads: 1)[0]
        return AnchoredText(sentences: sentences, language: language, anchors: found.anchors, stems: found.stems)
    }
}
