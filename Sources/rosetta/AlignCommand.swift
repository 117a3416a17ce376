import Alignment
import ArgumentParser
import CorpusModel
import CorpusStore

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of two language versions of a text.",
        discussion: """
            Prints one bead per line: `[0, 1]:[0]:0.9731` links source sentences 0 and 1 to target \
            sentence 0 (0-based), with a score in [0, 1]; `[2]:[]` is a sentence present in the \
            source only. Without --segmented the files are prose and are segmented first; \
            `rosetta segment` prints the numbering used.
            """)

    @Option(help: "The language of SRC.") var srcLang: LanguageTag
    @Option(help: "The language of TGT.") var tgtLang: LanguageTag
    @Flag(help: "The files hold one sentence per line already.") var segmented = false
    @Flag(help: "Print beads without scores.") var noScores = false
    @Argument(help: "The source-language file.") var src: String
    @Argument(help: "The target-language file.") var tgt: String

    func validate() throws {
        try validateLanguage(srcLang, option: "--src-lang")
        try validateLanguage(tgtLang, option: "--tgt-lang")
    }

    func run() throws {
        try reportingErrors {
            let source = try readDocument(src, language: srcLang, segmented: segmented)
            let target = try readDocument(tgt, language: tgtLang, segmented: segmented)
            var beads = SentenceAligner().align(source: source.sentenceTexts, target: target.sentenceTexts)
            if noScores { beads = beads.map { Bead(source: $0.source, target: $0.target) } }
            let output = TextOutput.standardOutput()
            output.write(BeadFormat.format(beads))
            output.flush()
        }
    }
}
