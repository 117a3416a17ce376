/// One language version of a story: its text and the sentence ranges found in it.
///
/// Sentences are ranges into `text`, never copies, so that the segmentation can always be joined
/// back into exactly the text it came from.
public struct Document: Sendable {
    public let language: LanguageTag
    public let text: String
    public let sentences: [Range<String.Index>]
    /// Where the text came from (a path, or "-" for stdin), for messages and TMX properties.
    public let origin: String

    public init(language: LanguageTag, text: String, sentences: [Range<String.Index>], origin: String = "-") {
        self.language = language
        self.text = text
        self.sentences = sentences
        self.origin = origin
    }

    /// The sentence at `index`, as a slice of the text.
    public func sentence(_ index: Int) -> Substring { text[sentences[index]] }

    /// Every sentence as a slice, in order.
    public var sentenceTexts: [Substring] { sentences.map { text[$0] } }
}
