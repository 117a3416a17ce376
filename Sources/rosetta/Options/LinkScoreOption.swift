import ArgumentParser

/// Which sentence links the aligner keeps: `rosetta align` and `rosetta build` (`--min-score`).
///
/// Not to be confused with ``UnitScoreOption`` (`export` and `tm filter`, which leave whole units
/// out of a memory) or ``PairingOptions`` (which reports are paired at all).
struct LinkScoreOption: ParsableArguments {
    @Option(help: "Split each link scoring below this (0…1) into unaligned sentences: the beads show them one-sided ([2]:[], []:[3]), so translation memories leave them out.")
    var minScore: Double = 0

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score: expected a number between 0 and 1, got \(minScore)") }
    }
}
