public import CorpusModel
public import CorpusStore
import Alignment
import Segmentation
import TMFormats

/// The main job: segment every language version of a story, align every pair of languages, and
/// write the results to an output folder:
///
///     LANG.sentences   one sentence per line (the numbering the beads refer to)
///     S-T.beads        the alignment of each pair, `[0, 1]:[0]:0.9731` per line
///     S-T.csv          the aligned pairs as a CSV translation memory
///     STORY.tmx        the n-way units (en–ru–ko): every language version's sentences of one
///                      unit together, srclang="*all*"
///     STORY.nway       the n-way units, one a line: `en[0]:ru[0, 1]:ko[0]:0.9731`
///
/// Each pair is aligned by `EvidenceAligner`; the pairs are merged into consistent n-way units
/// (`MultiwayAlignment`). Beads and units scoring below `minimumScore` are not exported to the
/// CSV and TMX files (the beads files keep every sentence, with low links split).
public struct StoryBuilder {
    /// A bilingual dictionary per language pair ("en-ru"), if any.
    public var dictionaries: [String: BilingualDictionary] = [:]
    /// Links scoring below this are left out of CSV and TMX exports.
    public var minimumScore = 0.0
    /// TMX creation time (seconds since 1970).
    public var creationDate: Int
    public var toolVersion: String
    /// Called with a short message before each step, for progress on a terminal.
    public var progress: (String) -> Void = { _ in }

    public init(creationDate: Int, toolVersion: String) {
        self.creationDate = creationDate
        self.toolVersion = toolVersion
    }

    public struct Summary {
        public var sentences: [(language: LanguageTag, count: Int)] = []
        public var pairs: [PairSummary] = []
        public var export = ExportReport()
        public var files: [String] = []
        /// Strict F1 against `S-T.gold` in the output folder, for the pairs that have one.
        public var goldF1: [String: Double] = [:]
        /// N-way units, and how many of them have every language.
        public var multiwayUnits = 0
        public var completeUnits = 0
    }

    public struct PairSummary {
        public var source: LanguageTag
        public var target: LanguageTag
        public var beadKinds: [String: Int]
        public var beads: Int
        public var name: String { "\(source)-\(target)" }
    }

    public func build(_ story: Story, into folder: String) throws -> Summary {
        var summary = Summary()
        try FileSystem.makeFolder(folder)
        var documents: [Document] = []
        for (language, path) in story.versions {
            progress("segmenting \(path)")
            let text = try TextFile.read(path)
            let segmenter: SentenceSegmenter
            do { segmenter = try SentenceSegmenter(language: language) } catch {
                throw CorpusError.unexpectedFile(path, reason: "named by '\(language)', which is not a language ICU knows; name story texts by ISO 639 code (en.txt, ru.txt, ko.txt)")
            }
            let document = try segmenter.document(text, origin: path)
            documents.append(document)
            summary.sentences.append((language, document.sentences.count))
            let output = try TextOutput.file(atPath: "\(folder)/\(language).sentences")
            for sentence in document.sentenceTexts { output.write(sentence.singleLine + "\n") }
            try output.close()
            summary.files.append("\(folder)/\(language).sentences")
        }

        var pairBeads: [(Int, Int, [Bead])] = []
        for (a, source) in documents.enumerated() {
            for (b, target) in documents.enumerated() where b > a {
                let pair = "\(source.language)-\(target.language)"
                progress("aligning \(pair)")
                let aligner = EvidenceAligner(sourceLanguage: source.language, targetLanguage: target.language, dictionary: dictionaries[pair])
                let beads = aligner.align(source: source.sentenceTexts, target: target.sentenceTexts).splittingLinks(below: minimumScore)
                pairBeads.append((a, b, beads))
                let beadOutput = try TextOutput.file(atPath: "\(folder)/\(pair).beads")
                beadOutput.write(BeadFormat.format(beads))
                try beadOutput.close()

                let csvOutput = try TextOutput.file(atPath: "\(folder)/\(pair).csv")
                let csv = CSVWriter(output: csvOutput, languages: [source.language, target.language])
                for unit in TranslationUnits.from(beads, source: source, target: target, document: story.name)
                where unit.variants.allSatisfy({ !$0.text.isEmpty }) {
                    csv.write(unit)
                }
                csv.finish()
                try csvOutput.close()
                summary.files += ["\(folder)/\(pair).beads", "\(folder)/\(pair).csv"]
                let goldPath = "\(folder)/\(pair).gold"
                if FileSystem.fileExists(goldPath) {
                    let gold = try BeadFormat.parse(try TextFile.read(goldPath), file: goldPath)
                    summary.goldF1[pair] = AlignmentScore(gold: gold, hypothesis: beads).strictF1
                }
                summary.pairs.append(PairSummary(
                    source: source.language, target: target.language,
                    beadKinds: Dictionary(beads.map { ($0.kind, 1) }, uniquingKeysWith: +), beads: beads.count))
            }
        }
        progress("merging \(documents.count) languages into units")
        let multiway = MultiwayAlignment(
            languages: documents.map(\.language), sentenceCounts: documents.map(\.sentences.count), pairs: pairBeads,
            minimumScore: minimumScore)
        summary.multiwayUnits = multiway.units.count
        summary.completeUnits = multiway.units.filter { $0.sentences.allSatisfy { !$0.isEmpty } }.count
        let nwayPath = "\(folder)/\(story.name).nway"
        let nwayOutput = try TextOutput.file(atPath: nwayPath)
        for unit in multiway.units {
            let sides = zip(documents, unit.sentences).map { "\($0.language)[\($1.map(String.init).joined(separator: ", "))]" }
            nwayOutput.write(sides.joined(separator: ":") + ":" + formatScore(unit.score) + "\n")
        }
        try nwayOutput.close()
        summary.files.append(nwayPath)

        let tmxPath = "\(folder)/\(story.name).tmx"
        let tmxOutput = try TextOutput.file(atPath: tmxPath)
        let tmx = TMXWriter(output: tmxOutput, header: .init(sourceLanguage: nil, creationDate: creationDate, toolVersion: toolVersion))
        for unit in TranslationUnits.from(multiway, documents: documents, document: story.name) { tmx.write(unit) }
        tmx.finish()
        try tmxOutput.close()
        summary.export = tmx.report
        summary.files.append(tmxPath)
        return summary
    }
}

/// Turning beads into translation units.
public enum TranslationUnits {
    /// One unit per n-way unit, with a variant for each language that has sentences in it.
    public static func from(_ alignment: MultiwayAlignment, documents: [Document], document: String?) -> [TranslationUnit] {
        alignment.units.map { unit in
            TranslationUnit(
                variants: zip(documents, unit.sentences).filter { !$1.isEmpty }.map { doc, sentences in
                    .init(language: doc.language, text: sentences.map { doc.sentence($0).singleLine }.joined(separator: " "))
                },
                score: unit.score, beadKind: unit.kind, document: document)
        }
    }

    /// One unit per bead; the sentences of a block are joined with a space.
    public static func from(_ beads: [Bead], source: Document, target: Document, document: String?) -> [TranslationUnit] {
        beads.map { bead in
            TranslationUnit(
                variants: [
                    .init(language: source.language, text: bead.source.map { source.sentence($0).singleLine }.joined(separator: " ")),
                    .init(language: target.language, text: bead.target.map { target.sentence($0).singleLine }.joined(separator: " ")),
                ],
                score: bead.score, beadKind: bead.kind, document: document)
        }
    }
}
