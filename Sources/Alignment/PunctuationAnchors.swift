public import CorpusModel

/// Punctuation that translations keep: question marks, exclamation marks, quotation (any
/// language's quote characters count as one kind), and a colon that opens a quote or a list.
/// Parentheses are left out: Korean news adds them around every foreign name.
public struct PunctuationAnchors: AnchorSource {
    public init() {}

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        var question = false, exclamation = false, quote = false
        for character in sentence {
            switch character {
            case "?", "？": question = true
            case "!", "！": exclamation = true
            case "\"", "“", "”", "«", "»", "„", "‘", "’", "「", "」", "『", "』": quote = true
            default: break
            }
        }
        var anchors: [Anchor] = []
        if question { anchors.append(Anchor(kind: .punctuation, key: "?")) }
        if exclamation { anchors.append(Anchor(kind: .punctuation, key: "!")) }
        if quote { anchors.append(Anchor(kind: .punctuation, key: "\"")) }
        return anchors
    }
}
