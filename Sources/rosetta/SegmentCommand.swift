import ArgumentParser
import CorpusModel
import CorpusStore
import Segmentation

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split prose into sentences, one per line.",
        discussion: """
            A blank line ends a sentence; a single line break inside a paragraph does not. \
            Line breaks inside a sentence are printed as spaces. The input is read a paragraph \
            at a time, so any size of input streams through in bounded memory.
            """)

    @OptionGroup var language: LanguageOption
    @Option(name: .long, help: ArgumentHelp(
        "An SRX 2.0 rule file; its rules for the language take precedence over the built-in ones.",
        valueName: "FILE"))
    var srx: String?
    @Argument(help: "The text file (UTF-8); '-' or nothing for stdin.")
    var file: String = "-"

    func run() throws {
        try reportingErrors {
            let segmenter = if let srx {
                try SentenceSegmenter(language: language.lang, srxFile: srx)
            } else {
                try SentenceSegmenter(language: language.lang)
            }
            let reader = try ParagraphReader(path: file)
            let output = TextOutput.standardOutput()
            try segmenter.forEachSentence(in: reader) { sentence in
                output.write(sentence.singleLine)
                output.write("\n")
            }
            try output.close()
        }
    }
}
