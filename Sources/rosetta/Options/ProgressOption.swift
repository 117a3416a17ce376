import ArgumentParser

/// Whether a long run shows a progress line on stderr (on a terminal only): `rosetta build` on a
/// collection and `rosetta pair`.
struct ProgressOption: ParsableArguments {
    @Flag(help: "No progress line on stderr.") var quiet = false

    func line() -> ProgressLine { ProgressLine(quiet: quiet) }
}
