import ArgumentParser
import CorpusModel

/// How `rosetta align` and `rosetta export` cut their text files into sentences. Give both the
/// same, so that the beads' numbers name the same sentences.
struct SentenceInputOption: ParsableArguments {
    @Flag(help: "The files hold one sentence per line already.") var segmented = false

    /// The file's sentences, numbered as the beads number them.
    func document(_ path: String, language: LanguageTag) throws -> Document {
        try readDocument(path, language: language, segmented: segmented)
    }
}
