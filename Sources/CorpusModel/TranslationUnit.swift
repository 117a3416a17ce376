/// One entry of a translation memory: the same content in two or more languages, with the
/// evidence behind it (alignment score, bead type, source documents).
public struct TranslationUnit: Hashable, Sendable {
    /// One text per language, in the order the languages are written.
    public var variants: [Variant]
    /// The aligner's confidence in [0, 1], when the unit came from an alignment.
    public var score: Double?
    /// The bead type that produced it ("1-1", "2-1", "1-1-1" for n-way units).
    public var beadKind: String?
    /// A name for the document the unit was aligned from (a story folder, a file).
    public var document: String?

    public struct Variant: Hashable, Sendable {
        public var language: LanguageTag
        public var text: String
        /// The document this language version came from (a file, an article id), when known.
        public var document: String?
        public init(language: LanguageTag, text: String, document: String? = nil) {
            self.language = language
            self.text = text
            self.document = document
        }
    }

    public init(variants: [Variant], score: Double? = nil, beadKind: String? = nil, document: String? = nil) {
        self.variants = variants
        self.score = score
        self.beadKind = beadKind
        self.document = document
    }

    /// The text in `language`, if the unit has it.
    public func text(in language: LanguageTag) -> String? {
        variants.first { $0.language == language }?.text
    }

    public var languages: [LanguageTag] { variants.map(\.language) }
}
