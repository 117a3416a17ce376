public import CorpusModel

/// Punctuation that translations keep: question marks, exclamation marks, quotation (any
/// language's quote characters count as one kind), and a colon that opens a quote or a list.
/// Parentheses are left out: Korean news adds them around every foreign name.
public struct PunctuationAnchors: AnchorSource {
    public init() {}
    static let question = AnchorKey.hash("?"), exclamation = AnchorKey.hash("!"), quote = AnchorKey.hash("\"")

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        var question = false, exclamation = false, quote = false
        for scalar in sentence.unicodeScalars {
            switch scalar.value {
            case 0x3F, 0xFF1F: question = true
            case 0x21, 0xFF01: exclamation = true
            // " “ ” « » „ ‘ ’ 「 」 『 』
            case 0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x201E, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F: quote = true
            default: break
            }
        }
        var anchors: [Anchor] = []
        if question { anchors.append(Anchor(kind: .punctuation, keys: [Self.question])) }
        if exclamation { anchors.append(Anchor(kind: .punctuation, keys: [Self.exclamation])) }
        if quote { anchors.append(Anchor(kind: .punctuation, keys: [Self.quote])) }
        return anchors
    }
}
