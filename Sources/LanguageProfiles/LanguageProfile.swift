/// Everything Rosetta knows about one language, read from its folder `Languages/<code>/`.
///
/// Segmentation, Names and Alignment ask a profile instead of naming languages in code: its
/// scripts, its sentence-segmentation lists, how it writes numbers, months and weekdays, the
/// words around its names, its boilerplate lines, the evidence rates the aligner starts from and
/// a small lexicon shared with the other profiles. What a new *kind* of behaviour needs (a new
/// script's romanization, Korean verb endings) is code, switched on by a setting here.
///
/// Every file is optional except `profile`; see LanguageProfiles.docc for each file's format.
public struct LanguageProfile: Sendable {
    /// The ISO 639 code of the folder ("de"; "mul" holds what every language shares).
    public let code: String
    /// The language's English name (`name:`).
    public let name: String
    /// ISO 15924 codes of the scripts it is written in (`scripts: Hang Hani`).
    public let scripts: [String]

    // MARK: Sentence segmentation

    /// Abbreviation entries as written in `abbreviations` ("Gen." or "U.S. ambiguous").
    public let abbreviations: [Entry]
    /// Closed-class words that open sentences (`starters`).
    public let starters: [String]
    /// Prepositions that open an introductory time phrase (`prepositions`).
    public let prepositions: [String]
    /// Sentence-final verb endings (`endings`), read when `sentenceEndsAfterVerbEndings`.
    public let endings: [String]
    /// Words that carry a clause on after a final-looking ending (`continuations`).
    public let continuations: [String]
    /// Connective endings (`connectives`): a line without punctuation that ends in one runs on
    /// into the next line ("…가는 중인데" / "차가 막혀").
    public let connectives: [String]
    /// Words after which "N." is an ordinal number, not a sentence end (`ordinals`: "am 3. Mai").
    public let ordinalOpeners: [String]
    /// `ellipsis: omission`: three dots mark an omission, four end a sentence.
    public let ellipsisIsOmission: Bool
    /// `sentence-ends: verb-endings`: a sentence may end without punctuation (Korean).
    public let sentenceEndsAfterVerbEndings: Bool
    /// `ordinal-dot: yes`: a number with a full stop is an ordinal before a month or a lower-case
    /// word ("3. Oktober", "der 2. Weltkrieg").
    public let ordinalDot: Bool

    // MARK: Numbers and dates

    /// The decimal mark (`decimal: ,`), nil when the profile does not say.
    public let decimalMark: Character?
    /// Month names, 1 to 12 (`months`).
    public let months: [Month]
    /// Weekday forms, Monday first (`weekdays`).
    public let weekdays: [[String]]
    /// A suffix that makes a number a month (`month-suffix: 월`: "8월").
    public let monthSuffix: String?
    /// Scale words and their factors (`scales`: "million 1e6").
    public let scales: [(word: String, factor: Double)]

    // MARK: Names

    /// Titles and honorifics, lower case (`titles`).
    public let titles: [String]
    /// `titles: after-name`: titles follow the name (메드베데프 대통령); else they precede it.
    public let titlesFollowName: Bool
    /// Capitalized words that are not names (`stopwords`).
    public let stopwords: [String]
    /// Words for peoples and their adjectives, capitalized where the language capitalizes them
    /// (`demonyms`: Russian, North Korean, Americans): no entity of their own in a table of names.
    public let demonyms: [String]
    /// Lower-case words inside names ("von", "de", "du") (`name-particles`).
    public let nameParticles: [String]
    /// Postpositions that attach to a name (`postpositions`: 은, 에게서는).
    public let postpositions: [String]
    /// `name-cases: russian`: names are inflected and keyed through their nominative.
    public let nameCases: String?
    /// How names are found in running text (`mentions:`).
    public let mentions: Mentions
    /// What a capitalized word alone at a sentence's start is (`openings:`).
    public let openings: Openings
    /// `nouns: capitalized` (German): a capitalized word alone is a name only when known.
    public let capitalizesNouns: Bool

    public enum Mentions: String, Sendable {
        /// Runs of capitalized words (English, Russian, German, French).
        case capitalized
        /// A script without capitals (Korean): known names, words before a title, with
        /// postpositions stripped.
        case uncased
    }

    public enum Openings: String, Sendable {
        /// No rule: the stopwords decide.
        case stopwords
        /// Contractions and adverbs in -ly, participles in -ing are common words (English).
        case adverbsAndContractions = "adverbs-and-contractions"
        /// Only known name parts (given names, surnames, patronymics) are names (Russian).
        case knownNamesOnly = "known-names-only"
    }
    /// Surnames of the language with their spellings elsewhere (`surnames`: "김 Kim|Ким|金").
    public let surnames: [(surname: String, spellings: [String])]
    /// Readings of Chinese characters in the language's script (`hanja`).
    public let readings: [(character: Unicode.Scalar, reading: Unicode.Scalar)]

    // MARK: Alignment

    /// Lines of boilerplate (`boilerplate`: whole lines, or prefixes ending in `*`).
    public let boilerplate: [String]
    /// The rates at which each kind of anchor is found in a translation and at random, before a
    /// text's own are measured (`evidence`: "cognate 0.33 0.03"); kinds by name.
    public let evidence: [String: (found: Double, random: Double)]
    /// Words for shared concepts (`lexicon`: "mountain <TAB> Berg|Berge"): two profiles' lexicons
    /// joined on the concept make a seed dictionary for the aligner.
    public let lexicon: [(concept: String, forms: [String])]

    /// How the script's letters read in Latin letters, for cognates (`romanization`: "д d";
    /// Korean as conjoining jamo). Empty: the words go through ICU's transliterator.
    public let romanization: [(letter: Unicode.Scalar, latin: String)]

    /// The profile's files, name → text (for hashes of what a derived index was built from).
    public let files: [String: String]

    /// One line of a list with its position, for messages that name the file and line.
    public struct Entry: Sendable, Equatable {
        public let text: String
        public let line: Int
    }

    /// One month: its number, whole-word names, stems ("январ…" without the ellipsis) and
    /// abbreviations.
    public struct Month: Sendable, Equatable {
        public let number: Int
        public let names: [String]
        public let stems: [String]
        public let abbreviations: [String]
    }
}
