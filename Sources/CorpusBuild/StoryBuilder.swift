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
///     STORY.tmx        every aligned pair of every language pair, in one TMX 1.4b memory
public struct StoryBuilder {
    public var aligner = SentenceAligner()
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
            let document = try SentenceSegmenter(language: language).document(text, origin: path)
            documents.append(document)
            summary.sentences.append((language, document.sentences.count))
            let output = try TextOutput.file(atPath: "\(folder)/\(language).sentences")
            for sentence in document.sentenceTexts { output.write(sentence.singleLine + "\n") }
            output.close()
            summary.files.append("\(folder)/\(language).sentences")
        }

        let tmxPath = "\(folder)/\(story.name).tmx"
        let tmxOutput = try TextOutput.file(atPath: tmxPath)
        let tmx = TMXWriter(output: tmxOutput, header: .init(sourceLanguage: nil, creationDate: creationDate, toolVersion: toolVersion))
        for (a, source) in documents.enumerated() {
            for target in documents[(a + 1)...] {
                let pair = "\(source.language)-\(target.language)"
                progress("aligning \(pair)")
                let beads = aligner.align(source: source.sentenceTexts, target: target.sentenceTexts)
                let beadOutput = try TextOutput.file(atPath: "\(folder)/\(pair).beads")
                beadOutput.write(BeadFormat.format(beads))
                beadOutput.close()

                let csvOutput = try TextOutput.file(atPath: "\(folder)/\(pair).csv")
                let csv = CSVWriter(output: csvOutput, languages: [source.language, target.language])
                for unit in TranslationUnits.from(beads, source: source, target: target, document: story.name) {
                    csv.write(unit)
                    tmx.write(unit)
                }
                csv.finish()
                csvOutput.close()
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
        tmx.finish()
        tmxOutput.close()
        summary.export = tmx.report
        summary.files.append(tmxPath)
        return summary
    }
}

/// Turning beads into translation units.
public enum TranslationUnits {
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
