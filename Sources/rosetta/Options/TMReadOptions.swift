import ArgumentParser

/// How the `tm` commands read their input memories.
struct TMReadOptions: ParsableArguments {
    @Flag(help: "Skip faulty units (bad language code, missing <seg>, short CSV row, bad score) and report how many, instead of stopping at the first.")
    var lenient = false
    @Flag(help: "The CSV/TSV inputs were written with --for spreadsheet: remove the guard apostrophes.")
    var fromSpreadsheet = false
}
