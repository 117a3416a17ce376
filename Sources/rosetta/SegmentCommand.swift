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
            Line breaks inside a sentence are printed as spaces.
            """)

    @OptionGroup var language: LanguageOption
    @Argument(help: "The text file (UTF-8); '-' or nothing for stdin.")
    var file: String = "-"

    func run() throws {
        try reportingErrors {
            let text = try TextFile.read(file)
            let segmenter = try SentenceSegmenter(language: language.lang)
            let output = TextOutput.standardOutput()
            for range in try segmenter.sentences(in: text) {
                output.write(text[range].singleLine)
                output.write("\n")
            }
            output.flush()
        }
    }
}
