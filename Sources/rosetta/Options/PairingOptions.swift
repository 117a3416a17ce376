import ArgumentParser
import DocumentPairing

/// The spelling of the pairing threshold's flag: `--min-score` in `rosetta pair`, where it is the
/// only threshold, and `--min-pair-score` in `rosetta build`, whose `--min-score` is the link
/// threshold (``LinkScoreOption``). Both spellings predate the option group and stay.
protocol PairScoreFlag { static var name: String { get } }
enum MinScoreFlag: PairScoreFlag { static let name = "min-score" }
enum MinPairScoreFlag: PairScoreFlag { static let name = "min-pair-score" }

/// Which reports may be paired as translations of each other: `rosetta pair`, and `rosetta build`
/// on a collection.
struct PairingOptions<Flag: PairScoreFlag>: ParsableArguments {
    @Option(name: .customLong(Flag.name), help: "Pair two reports only when they score at least this (0…1): the share of their sentences that align as likely translations.")
    var minScore: Double = DocumentPairer.defaultMinimumScore
    @Option(help: "Days two reports dated by a collection.tsv manifest may lie apart and still be paired.")
    var window: Int = 3

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--\(Flag.name): expected a number between 0 and 1, got \(minScore)") }
        guard window >= 0 else { throw ValidationError("--window: expected a number of days (0 or more), got \(window)") }
    }
}
