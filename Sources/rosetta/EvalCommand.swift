import Alignment
import ArgumentParser
import CorpusModel
import CorpusStore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score an alignment against a gold alignment (strict and lax precision, recall, F1).",
        discussion: """
            Strict: a bead counts when it equals a gold bead. Lax: when a gold bead links one of \
            its source sentences to one of its target sentences. Precision counts every \
            hypothesis bead; recall counts gold beads with sentences on both sides.
            """)

    @Argument(help: "The gold alignment (bead format).") var gold: String
    @Argument(help: "The alignment to score (bead format; '-' for stdin).") var hypothesis: String
    @Flag(help: "Print one JSON object instead of a table.") var json = false

    func run() throws {
        try reportingErrors {
            let goldBeads = try BeadFormat.parse(try TextFile.read(gold), file: gold)
            let hypothesisBeads = try BeadFormat.parse(try TextFile.read(hypothesis), file: hypothesis)
            let score = AlignmentScore(gold: goldBeads, hypothesis: hypothesisBeads)
            let output = TextOutput.standardOutput()
            func f(_ x: Double) -> String { formatScore(x).dropLast(1).description }
            if json {
                output.write("""
                    {"precision_strict": \(f(score.strictPrecision)), "recall_strict": \(f(score.strictRecall)), \
                    "f1_strict": \(f(score.strictF1)), "precision_lax": \(f(score.laxPrecision)), \
                    "recall_lax": \(f(score.laxRecall)), "f1_lax": \(f(score.laxF1)), \
                    "hyp_beads": \(score.hypothesisBeads), "gold_beads_non_null": \(score.goldBeads)}

                    """)
            } else {
                output.write("""
                                strict    lax
                    precision   \(f(score.strictPrecision))    \(f(score.laxPrecision))
                    recall      \(f(score.strictRecall))    \(f(score.laxRecall))
                    F1          \(f(score.strictF1))    \(f(score.laxF1))

                    """)
            }
            try output.close()
        }
    }
}
