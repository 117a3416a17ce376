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
    /// What a TMX unit carries besides text and Rosetta's own props (kept through `tm` commands).
    public var metadata = TMXMetadata()

    public struct Variant: Hashable, Sendable {
        public var language: LanguageTag
        public var text: String
        /// The document this language version came from (a file, an article id), when known.
        public var document: String?
        /// The TMX variant's own attributes, props and notes.
        public var metadata = TMXMetadata()
        /// The segment as TMX content with its inline markup (`bpt`, `ept`, `it`, `ph`, `ut`,
        /// `hi`, `sub`), when it had any; `text` is the plain text.
        public var markup: String?
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

/// The metadata a TMX memory carries beside its text: attributes (`tuid`, `creationid`,
/// `creationdate`, `changeid`, `changedate`, `usagecount`, …), `<prop>`s other than Rosetta's
/// `x-score`/`x-bead`/`x-document`, and `<note>`s. Kept as read, in order, so that a `tm`
/// command writes them back; formats without a place for them count what they drop.
public struct TMXMetadata: Hashable, Sendable {
    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public struct Property: Hashable, Sendable {
        public var type: String
        public var text: String
        /// The prop's `xml:lang`, when it has one.
        public var language: String?
        public init(type: String, text: String, language: String? = nil) {
            self.type = type
            self.text = text
            self.language = language
        }
    }

    public struct Note: Hashable, Sendable {
        public var text: String
        public var language: String?
        public init(text: String, language: String? = nil) {
            self.text = text
            self.language = language
        }
    }

    public var attributes: [Attribute] = []
    public var properties: [Property] = []
    public var notes: [Note] = []

    public init(attributes: [Attribute] = [], properties: [Property] = [], notes: [Note] = []) {
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
    }

    public var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty }

    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}
