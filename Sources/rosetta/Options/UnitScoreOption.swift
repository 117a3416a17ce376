import ArgumentParser

/// Which units go into a memory by their score: `rosetta export` (the beads' scores) and
/// `rosetta tm filter` (the units' x-score), `--min-score` in both.
///
/// Unlike ``LinkScoreOption``, a unit left out is gone from the output, both languages.
struct UnitScoreOption: ParsableArguments {
    @Option(help: "Leave out of the memory every unit (an aligned link, both its sides) scored below this (0…1); units without a score are kept (tm filter: unless --drop-unscored).")
    var minScore: Double?

    func validate() throws {
        if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
    }

    /// Whether a unit or bead of this score is kept.
    func keeps(_ score: Double?) -> Bool {
        guard let minScore, let score else { return true }
        return score >= minScore
    }
}
