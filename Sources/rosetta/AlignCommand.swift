import Alignment
import ArgumentParser
import CorpusModel
import CorpusStore
import Foundation
import Names

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of two language versions of a text.",
        discussion: """
            Prints one bead per line: `[0, 1]:[0]:0.9731` links source sentences 0 and 1 to target \
            sentence 0 (0-based), with a confidence in [0, 1]; `[2]:[]` is a sentence present in \
            the source only. Without --segmented the files are prose and are segmented first; \
            `rosetta segment` prints the numbering used.

            With --jsonl, reads one document pair per line from FILE (or stdin when FILE is '-' or \
            absent): {"id": "…", "src_lang": "en", "tgt_lang": "ru", "src": …, "tgt": …}, where src \
            and tgt are prose (a string, segmented like a file: a single newline does not end a \
            sentence, a blank line does) or sentences (an array of strings: use this for text that \
            is one sentence per line). Writes one line per \
            pair: {"id": "…", "beads": ["[0]:[0]:0.9812", …], "src_sentences": N, \
            "tgt_sentences": M}. A bad line (not JSON, invalid UTF-8, an unknown language, …) gives \
            an error record in its place, {"id": …, "line": N, "error": "…"}, and a line on \
            stderr; the run goes on, and exits 1 at the end. Memory stays constant: one pair at a time.
            """)

    @Option(help: "The language of SRC.") var srcLang: LanguageTag?
    @Option(help: "The language of TGT.") var tgtLang: LanguageTag?
    @OptionGroup var sentences: SentenceInputOption
    @Flag(help: "Print beads without scores.") var noScores = false
    @Option(help: ArgumentHelp("A bilingual dictionary: one 'source<TAB>target' pair a line.", valueName: "FILE")) var dict: String?
    @OptionGroup var links: LinkScoreOption
    @Flag(help: "Use the plain Gale–Church aligner (sentence lengths only), the baseline.") var galeChurch = false
    @Flag(help: "Read document pairs as JSON lines from SRC (or stdin) and write one JSON result per line.") var jsonl = false
    @Option(help: "Refuse a text of more sentences than this a side (memory grows about 5 KB a sentence).")
    var maxSentences: Int = AlignCommand.defaultMaxSentences
    @Option(help: "With --jsonl: refuse a record (line) longer than this many bytes, with an error record.")
    var maxRecordBytes: Int = AlignCommand.defaultMaxRecordBytes
    @Argument(help: "The source-language file (with --jsonl: the JSON lines file, '-' for stdin).") var src: String?
    @Argument(help: "The target-language file.") var tgt: String?

    /// 200,000 sentences a side take about 1 GB and a minute; a million would take 5 GB.
    static let defaultMaxSentences = 200_000
    static let defaultMaxRecordBytes = 16 << 20

    func validate() throws {
        guard maxSentences > 0, maxRecordBytes > 0 else { throw ValidationError("--max-sentences and --max-record-bytes must be positive") }
        if jsonl {
            guard tgt == nil else { throw ValidationError("--jsonl takes one input (a file of JSON lines, or '-'), not two files") }
            return
        }
        guard let srcLang else { throw ValidationError("missing --src-lang") }
        guard let tgtLang else { throw ValidationError("missing --tgt-lang") }
        guard src != nil, tgt != nil else { throw ValidationError("expected two files: SRC TGT") }
        try validateLanguage(srcLang, option: "--src-lang")
        try validateLanguage(tgtLang, option: "--tgt-lang")
    }

    func run() throws {
        try reportingErrors {
            let dictionary = try dict.map { path throws -> BilingualDictionary in try BilingualDictionary(tsv: try TextFile.read(path), file: path) }
            if jsonl {
                var batch = JSONLinesAlignment(dictionary: dictionary, minScore: links.minScore, galeChurch: galeChurch, scores: !noScores)
                batch.maxSentences = maxSentences
                batch.maxRecordBytes = maxRecordBytes
                let failures = try batch.run(input: src ?? "-")
                if failures > 0 {
                    Diagnostics.error("\(failures) line\(failures == 1 ? "" : "s") failed; each has an error record in the output")
                    throw ExitCode.failure
                }
                return
            }
            guard let src, let tgt, let srcLang, let tgtLang else { return }
            // The name lexicon (~10 ms) is read on another core while the files are read.
            if !galeChurch { DispatchQueue.global().async { _ = try? NameKeyer() } }
            let source = try sentences.document(src, language: srcLang)
            let target = try sentences.document(tgt, language: tgtLang)
            for (document, path) in [(source, src), (target, tgt)] where document.sentences.count > maxSentences {
                throw SizeLimitError(description: Self.tooLong(path, document.sentences.count, maxSentences))
            }
            var beads = align(source.sentenceTexts, target.sentenceTexts, srcLang, tgtLang, dictionary: dictionary, galeChurch: galeChurch)
            beads = beads.splittingLinks(below: links.minScore)
            if noScores { beads = beads.map { Bead(source: $0.source, target: $0.target) } }
            let output = TextOutput.standardOutput()
            output.write(BeadFormat.format(beads))
            try output.close()
        }
    }
}

extension AlignCommand {
    /// What to do about a text over the limit.
    static func tooLong(_ name: String, _ count: Int, _ limit: Int) -> String {
        "\(name): \(count) sentences, over the limit of \(limit) a side (memory grows about 5 KB a sentence); "
            + "align parts that translate each other (chapters, days, documents) one by one, or raise --max-sentences if the machine has the memory"
    }
}

struct SizeLimitError: Error, CustomStringConvertible { let description: String }

/// The aligner the CLI runs: Rosetta's, or the Gale–Church baseline.
func align(_ source: [Substring], _ target: [Substring], _ s: LanguageTag, _ t: LanguageTag, dictionary: BilingualDictionary?, galeChurch: Bool) -> [Bead] {
    if galeChurch { return SentenceAligner().align(source: source, target: target) }
    let aligner = EvidenceAligner(sourceLanguage: s, targetLanguage: t, dictionary: dictionary)
    // For measurement: ROSETTA_ALIGN_DISABLE=name,cognate switches anchor kinds off.
    let disabled = (ProcessInfo.processInfo.environment["ROSETTA_ALIGN_DISABLE"] ?? "").split(separator: ",")
    aligner.disabledKinds = Set(AnchorKind.allCases.filter { disabled.contains(Substring($0.label)) })
    let beads = aligner.align(source: source, target: target)
    if ProcessInfo.processInfo.environment["ROSETTA_ALIGN_TRACE"] != nil {
        Diagnostics.note("first-pass radius \(aligner.lastFirstPassRadius); length \(String(describing: aligner.lastModels?.length))")
    }
    return beads
}
