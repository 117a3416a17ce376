import Alignment
import ArgumentParser
import CorpusBuild
import CorpusModel
import CorpusStore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "The main job: segment, align and export every language version of a story.",
        discussion: """
            DIR is a story folder such as Corpora/kim-medvedev-2011 (LANG.txt files plus \
            manifest.json). Writes LANG.sentences, S-T.beads and S-T.csv for every language pair, \
            then merges the pairs into consistent n-way units (en–ru–ko): STORY.nway, one unit a \
            line, and STORY.tmx holding them (srclang="*all*"), to --out (default: \
            Alignments/STORY beside Corpora/). A summary goes to stderr.
            """)

    @Argument(help: "The story folder.") var dir: String
    @Option(help: "The output folder.") var out: String?
    @Option(help: "Leave links scoring below this (0…1) out of the CSV and TMX files.") var minScore: Double = 0
    @Option(help: ArgumentHelp("A bilingual dictionary for one pair: S-T=FILE (one 'source<TAB>target' a line); repeatable.", valueName: "S-T=FILE"))
    var dict: [String] = []

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score: expected a number between 0 and 1, got \(minScore)") }
        for item in dict where !item.contains("=") { throw ValidationError("--dict: expected S-T=FILE (e.g. en-ru=en-ru.tsv), got '\(item)'") }
    }

    func run() throws {
        try reportingErrors {
            let story = try Story.open(dir)
            let folder = out ?? story.defaultOutputFolder
            var builder = StoryBuilder(creationDate: creationDate(), toolVersion: Rosetta.version)
            builder.progress = { Diagnostics.progress("rosetta: \($0)…") }
            builder.minimumScore = minScore
            for item in dict {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                builder.dictionaries[parts[0]] = try BilingualDictionary(tsv: try TextFile.read(parts[1]), file: parts[1])
            }
            let summary = try builder.build(story, into: folder)
            Diagnostics.endProgress()
            Diagnostics.note("\(story.name) → \(folder)")
            for (language, count) in summary.sentences {
                Diagnostics.note("  \(language): \(count) sentences")
            }
            for pair in summary.pairs {
                let kinds = pair.beadKinds.sorted { $0.key < $1.key }.map { "\($0.value)×\($0.key)" }.joined(separator: " ")
                var line = "  \(pair.source)-\(pair.target): \(pair.beads) beads (\(kinds))"
                if let f1 = summary.goldF1[pair.name] { line += ", strict F1 \(formatScore(f1)) against \(pair.name).gold" }
                Diagnostics.note(line)
            }
            Diagnostics.note("  \(summary.multiwayUnits) n-way units (\(summary.completeUnits) in every language); \(summary.export.unitsWritten) units in \(story.name).tmx")
            report(summary.export)
        }
    }
}
