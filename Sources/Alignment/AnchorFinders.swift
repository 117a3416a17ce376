import CorpusModel

/// The built-in anchor sources (numbers and dates, punctuation, cognates, names) run over each
/// sentence in one pass: its UTF-8 bytes are taken once and its words found once, for month
/// names, cognates and the stems of dictionary learning alike.
///
/// Not Sendable (cognates and names cache what they found): one per thread.
struct AnchorFinders {
    let numbers = NumberAnchors()
    let punctuation = PunctuationAnchors()
    let cognates: CognateAnchors
    let names: NameAnchors

    /// Each sentence's anchors, in the order of the sources above, without the `disabled`
    /// kinds; and with `stems`, each sentence's `DictionaryLearning.stems`.
    func find(in sentences: [Substring], language: LanguageTag, disabled: Set<AnchorKind>, stems: Bool)
        -> (anchors: [[Anchor]], stems: [[UInt64]]) {
        var anchors: [[Anchor]] = [], stemLists: [[UInt64]] = []
        anchors.reserveCapacity(sentences.count)
        if stems { stemLists.reserveCapacity(sentences.count) }
        var words: [WordSpan] = []
        for sentence in sentences {
            var found: [Anchor] = []
            UTF8Bytes.with(sentence) { bytes in
                words.removeAll(keepingCapacity: true)
                WordSpan.scan(bytes, into: &words)
                numbers.append(sentence, bytes, words: words, to: &found)
                punctuation.append(bytes, to: &found)
                cognates.append(sentence, bytes, words: words, to: &found)
                if stems { stemLists.append(DictionaryLearning.stems(bytes, words: words)) }
            }
            names.append(sentence, language: language, to: &found)
            if !disabled.isEmpty { found.removeAll { disabled.contains($0.kind) } }
            anchors.append(found)
        }
        return (anchors, stemLists)
    }
}
