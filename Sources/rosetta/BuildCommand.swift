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
            and STORY.tmx with all of them, to --out (default: Alignments/STORY beside Corpora/). \
            A summary goes to stderr.
            """)

    @Argument(help: "The story folder.") var dir: String
    @Option(help: "The output folder.") var out: String?

    func run() throws {
        try reportingErrors {
            let story = try Story.open(dir)
            let folder = out ?? story.defaultOutputFolder
            var builder = StoryBuilder(creationDate: creationDate(), toolVersion: Rosetta.version)
            builder.progress = { Diagnostics.progress("rosetta: \($0)…") }
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
            Diagnostics.note("  \(summary.export.unitsWritten) units in \(story.name).tmx")
            report(summary.export)
        }
    }
}
